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

    /// <summary>
    /// The documents the list cites, once each, in list order: the keys of the citations that name a document by GUID or
    /// UDI (a document cited twice is listed at its first citation). What the relations, the search index, the History API's
    /// lists and the exports count as the post's cited documents.
    /// </summary>
    public IReadOnlyList<Guid> CitedDocumentKeys => [.. Items.Select(c => c.DocumentGuid).OfType<Guid>().Distinct()];

    /// <summary>The first citation with this key (compared as GUIDs when both are GUIDs, else ordinally), or <c>null</c>.</summary>
    /// <param name="key">A citation key, e.g. from a body marker.</param>
    /// <returns>The citation, or <c>null</c>.</returns>
    public Citation? Find(string? key) => Items.FirstOrDefault(c => CitationKeys.SameKey(c.Key, key));
}
