using System.Net;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HistoryCms.Search.Snippets;

/// <summary>
/// Builds a highlighted extract of a document's stored body without analysing it again: the offsets of the
/// matching terms come from the postings (the body is indexed with offsets), the window with the most distinct
/// matches is cut at word boundaries, HTML-escaped, and every match is wrapped in <c>&lt;mark&gt;</c>.
/// </summary>
internal sealed class SnippetBuilder
{
    private const int MaxPrefixTerms = 64;

    private readonly string field;
    private readonly IReadOnlyCollection<string> terms;
    private readonly IReadOnlyList<string> prefixes;
    private readonly int length;

    /// <summary>Creates a builder for one search.</summary>
    /// <param name="field">The field with offsets (the body).</param>
    /// <param name="terms">The exact terms the query can match in that field.</param>
    /// <param name="prefixes">The prefixes the query can match in that field.</param>
    /// <param name="length">The snippet length in characters.</param>
    public SnippetBuilder(string field, IReadOnlyCollection<string> terms, IReadOnlyList<string> prefixes, int length)
    {
        this.field = field;
        this.terms = terms;
        this.prefixes = prefixes;
        this.length = length;
    }

    /// <summary>The snippets of the documents of one page.</summary>
    /// <param name="leaves">The segments of the searcher.</param>
    /// <param name="documents">Each document's number in the searcher and the stored text of the field.</param>
    /// <returns>HTML per document number: the escaped extract with marked matches; the start of the text when nothing in it matches.</returns>
    public Dictionary<int, string> Build(IList<AtomicReaderContext> leaves, IReadOnlyList<(int Doc, string Text)> documents)
    {
        var snippets = new Dictionary<int, string>(documents.Count);
        foreach (var group in documents.GroupBy(d => ReaderUtil.SubIndex(d.Doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var inLeaf = group.OrderBy(d => d.Doc).ToList();
            var matches = Matches(leaf.AtomicReader, [.. inLeaf.Select(d => (d.Doc - leaf.DocBase, d.Text.Length))]);
            for (var i = 0; i < inLeaf.Count; i++)
            {
                snippets[inLeaf[i].Doc] = Build(inLeaf[i].Text, [.. matches[i]]);
            }
        }

        return snippets;
    }

    private string Build(string text, List<(int Start, int End)> matches)
    {
        if (matches.Count == 0)
        {
            return Render(text, 0, Math.Min(text.Length, length), []);
        }

        var (start, end) = Window(matches, text);
        return Render(text, start, end, matches.Where(m => m.Start >= start && m.End <= end).ToList());
    }

    // The offsets of every query term in each document, reading each term's postings once for all of them.
    private SortedSet<(int Start, int End)>[] Matches(AtomicReader leaf, List<(int Doc, int Length)> documents)
    {
        var found = documents.Select(_ => new SortedSet<(int Start, int End)>()).ToArray();
        var termsEnum = leaf.GetTerms(field)?.GetEnumerator();
        if (termsEnum is null)
        {
            return found;
        }

        DocsAndPositionsEnum? postings = null;
        foreach (var term in terms)
        {
            if (termsEnum.SeekExact(new BytesRef(term)))
            {
                postings = Collect(termsEnum, postings, documents, found);
            }
        }

        foreach (var prefix in prefixes)
        {
            var bytes = new BytesRef(prefix);
            if (termsEnum.SeekCeil(bytes) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            for (var n = 0; n < MaxPrefixTerms && StringHelper.StartsWith(termsEnum.Term, bytes); n++)
            {
                postings = Collect(termsEnum, postings, documents, found);
                if (!termsEnum.MoveNext())
                {
                    break;
                }
            }
        }

        return found;
    }

    private static DocsAndPositionsEnum? Collect(
        TermsEnum termsEnum, DocsAndPositionsEnum? reuse, List<(int Doc, int Length)> documents, SortedSet<(int, int)>[] found)
    {
        var postings = termsEnum.DocsAndPositions(null, reuse, DocsAndPositionsFlags.OFFSETS);
        if (postings is null)
        {
            return null;
        }

        for (var d = 0; d < documents.Count; d++)
        {
            var (doc, textLength) = documents[d];
            var at = postings.DocID >= doc ? postings.DocID : postings.Advance(doc);
            if (at == DocIdSetIterator.NO_MORE_DOCS)
            {
                break;
            }

            if (at != doc)
            {
                continue;
            }

            for (var i = postings.Freq; i > 0; i--)
            {
                postings.NextPosition();
                if (postings.StartOffset >= 0 && postings.EndOffset <= textLength && postings.StartOffset < postings.EndOffset)
                {
                    found[d].Add((postings.StartOffset, postings.EndOffset));
                }
            }
        }

        return postings;
    }

    private (int Start, int End) Window(List<(int Start, int End)> matches, string text)
    {
        // The window of the snippet's length holding the most matches.
        int bestFirst = 0, bestCount = 0;
        for (int first = 0, last = 0; first < matches.Count; first++)
        {
            while (last < matches.Count && matches[last].End - matches[first].Start <= length)
            {
                last++;
            }

            if (last - first > bestCount)
            {
                (bestFirst, bestCount) = (first, last - first);
            }
        }

        // Start at the beginning when the matches fit there; otherwise keep a little context before the first one.
        var lastEnd = matches[bestFirst + bestCount - 1].End;
        var start = lastEnd <= length ? 0 : Math.Max(0, matches[bestFirst].Start - (length / 5));
        if (start > 0)
        {
            var space = text.IndexOf(' ', start, matches[bestFirst].Start - start);
            start = space < 0 ? matches[bestFirst].Start : space + 1;
        }

        var end = Math.Max(Math.Min(text.Length, start + length), matches[bestFirst].End);
        var room = end - matches[bestFirst].End;
        if (end < text.Length && room > 0)
        {
            var space = text.LastIndexOf(' ', end - 1, room);
            end = space > matches[bestFirst].End ? space : end;
        }

        return (start, end);
    }

    private static string Render(string text, int start, int end, List<(int Start, int End)> matches)
    {
        var html = new StringBuilder((end - start) + 32);
        if (start > 0)
        {
            html.Append('…');
        }

        var at = start;
        foreach (var (matchStart, matchEnd) in matches)
        {
            if (matchStart < at)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[at..matchStart]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(text[matchStart..matchEnd])).Append("</mark>");
            at = matchEnd;
        }

        html.Append(WebUtility.HtmlEncode(text[at..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }
}
