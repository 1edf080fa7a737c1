namespace HistoryCms.Core.Citations;

/// <summary>
/// Which part of the cited document a citation points at: a label (what is counted) and a value as the editor
/// typed it (e.g. <c>folio</c> / <c>193ob</c>, <c>page</c> / <c>67-70</c>). The label is kept as stored text so
/// that an unknown label survives a save and is reported rather than silently lost; <see cref="Kind"/> reads it.
/// </summary>
/// <param name="Label">The stored label name (<c>page</c>, <c>folio</c>, ...); empty when none was chosen.</param>
/// <param name="Value">The locator value as typed, trimmed.</param>
public sealed record CitationLocator(string Label, string Value)
{
    /// <summary>Fields of the stored locator object that this version does not know, kept verbatim.</summary>
    public JsonExtras Extras { get; init; } = JsonExtras.Empty;

    /// <summary>The label, or <c>null</c> when <see cref="Label"/> names none.</summary>
    public LocatorLabel? Kind => LocatorLabels.TryParse(Label, out var label) ? label : null;

    /// <summary>Whether the value names more than one unit (a range such as <c>193-194</c> or a list such as <c>3, 5</c>).</summary>
    public bool IsPlural => Value.IndexOfAny(['-', '\u2013', ',', '&']) >= 0;

    /// <summary>Creates a locator from a known label.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The value.</param>
    /// <returns>The locator.</returns>
    public static CitationLocator Of(LocatorLabel label, string value) => new(label.ToValueName(), value);
}
