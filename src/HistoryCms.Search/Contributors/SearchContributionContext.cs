using System.Net;
using System.Text;
using HistoryCms.Core;
using HistoryCms.Core.Content;
using HistoryCms.Core.Dates;

namespace HistoryCms.Search.Contributors;

/// <summary>What contributors share: the typed reader over the content, tree walks and HTML to plain text.</summary>
/// <param name="lookup">The published content.</param>
public sealed class SearchContributionContext(IContentLookup lookup)
{
    private const int MaxDepth = 64;

    /// <summary>Reads content items into typed records.</summary>
    public HistoryContentReader Reader { get; } = new(lookup);

    /// <summary>The keys of an item's ancestors, nearest first.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The ancestor keys.</returns>
    public IReadOnlyList<Guid> Ancestors(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var keys = new List<Guid>();
        for (var parent = item.ParentKey; parent is { } key && keys.Count < MaxDepth && !keys.Contains(key); parent = lookup.Find(key)?.ParentKey)
        {
            keys.Add(key);
        }

        return keys;
    }

    /// <summary>Programs as facet values, each followed by the programs it is a project of.</summary>
    /// <param name="programs">The linked programs or projects.</param>
    /// <returns>Distinct keys with names.</returns>
    public IReadOnlyList<SearchLabel> ProgramsWithAncestors(IEnumerable<ContentLink> programs)
    {
        ArgumentNullException.ThrowIfNull(programs);
        var labels = new List<SearchLabel>();
        foreach (var program in programs)
        {
            for (var item = lookup.Find(program.Key); item is not null && labels.Count < MaxDepth; item = item.ParentKey is { } parent ? lookup.Find(parent) : null)
            {
                if (item.ContentType != HistoryAliases.ContentTypes.Program)
                {
                    break;
                }

                var label = Label(item.Key, item.Name);
                if (!labels.Contains(label))
                {
                    labels.Add(label);
                }
            }
        }

        return labels;
    }

    /// <summary>A key with its name, as facets show it.</summary>
    /// <param name="key">The key.</param>
    /// <param name="name">The name.</param>
    /// <returns>The label.</returns>
    public static SearchLabel Label(Guid key, string name) => new(Indexing.IndexedDocument.Key(key), name);

    /// <summary>The date of a partial date, or <c>null</c> when undated.</summary>
    /// <param name="date">The partial date.</param>
    /// <returns>The search date.</returns>
    public static SearchDate? Date(PartialDate? date) =>
        date is { Start: { } start, End: { } end } ? new SearchDate(start, end, date.ToEdtf()) : null;

    /// <summary>Readable text of stored HTML: tags become spaces, entities are decoded, whitespace is collapsed.</summary>
    /// <param name="html">The HTML, or <c>null</c>.</param>
    /// <returns>The text.</returns>
    public static string PlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var text = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
                text.Append(' ');
            }
            else if (!inTag)
            {
                text.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        var decoded = WebUtility.HtmlDecode(text.ToString());
        return string.Join(' ', decoded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The non-blank texts among these.</summary>
    /// <param name="texts">The texts.</param>
    /// <returns>The non-blank ones, trimmed.</returns>
    public static IReadOnlyList<string> NonBlank(params string?[] texts) =>
        [.. texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim())];
}
