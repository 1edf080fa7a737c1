namespace HistoryCms.Core.Citations;

/// <summary>An inline citation marker <c>&lt;sup data-citation="KEY"&gt;&lt;/sup&gt;</c> found in a post body.</summary>
/// <param name="Key">The value of its <c>data-citation</c> attribute, entity-decoded and trimmed (empty when it has none).</param>
/// <param name="Offset">Where its <c>&lt;sup</c> starts in the body, in characters.</param>
/// <param name="Ordinal">Its position among the body's markers, from 1.</param>
public sealed record CitationMarker(string Key, int Offset, int Ordinal)
{
    /// <summary>
    /// How many characters the marker element takes from <see cref="Offset"/>: through its matching <c>&lt;/sup&gt;</c>
    /// when the body closes it explicitly (serialized HTML always does), else its start tag alone.
    /// </summary>
    public int Length { get; init; }
}
