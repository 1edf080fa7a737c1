namespace HistoryCms.Core.Citations;

/// <summary>The Document Citations property value: the citations of one post, in the editor's list order.</summary>
/// <param name="Items">The citations.</param>
public sealed record CitationList(IReadOnlyList<Citation> Items)
{
    /// <summary>The version this code writes (<c>"v": 1</c>).</summary>
    public const int CurrentVersion = 1;

    /// <summary>An empty list.</summary>
    public static CitationList Empty { get; } = new([]);

    /// <summary>Top-level fields of the stored value that this version does not know, kept verbatim.</summary>
    public JsonExtras Extras { get; init; } = JsonExtras.Empty;

    /// <summary>The first citation with this key (compared as GUIDs when both are GUIDs, else ordinally), or <c>null</c>.</summary>
    /// <param name="key">A citation key, e.g. from a body marker.</param>
    /// <returns>The citation, or <c>null</c>.</returns>
    public Citation? Find(string? key) => Items.FirstOrDefault(c => CitationKeys.SameKey(c.Key, key));
}
