using System.Net;
using System.Text;
using HistoryCms.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HistoryCms.Search.Snippets;

/// <summary>
/// Builds a highlighted extract of a document without analysing it again: the offsets of the matching terms come from
/// the postings (the body and the other texts are indexed with offsets), the window with the most distinct matches is
/// cut at word boundaries, HTML-escaped, and every match is wrapped in <c>&lt;mark&gt;</c>. The body comes first; when
/// nothing in it matches, the other text that matches (a summary, a standfirst, a caption) gives the extract on its own;
/// when nothing matches there either, the start of the body (or of the first other text, a summary) is shown unmarked.
/// </summary>
internal sealed class SnippetBuilder
{
    private const int MaxPrefixTerms = 64;

    private readonly IReadOnlyCollection<string> _terms;
    private readonly IReadOnlyList<string> _prefixes;
    private readonly int _length;

    /// <summary>Creates a builder for one search.</summary>
    /// <param name="terms">The exact terms the query can match.</param>
    /// <param name="prefixes">The prefixes the query can match.</param>
    /// <param name="length">The snippet length in characters.</param>
    public SnippetBuilder(IReadOnlyCollection<string> terms, IReadOnlyList<string> prefixes, int length)
    {
        _terms = terms;
        _prefixes = prefixes;
        _length = length;
    }

    /// <summary>The snippets of the documents of one page.</summary>
    /// <param name="leaves">The segments of the searcher.</param>
    /// <param name="documents">Each document's number in the searcher, its stored body and its stored other texts
    /// (<see cref="SearchFields.Extra"/>: the parts joined by <see cref="SearchFields.PartSeparator"/>).</param>
    /// <returns>HTML per document number; documents with neither text have none.</returns>
    public Dictionary<int, string> Build(IList<AtomicReaderContext> leaves, IReadOnlyList<(int Doc, string Body, string Extra)> documents)
    {
        var snippets = new Dictionary<int, string>(documents.Count);
        foreach (var group in documents.GroupBy(d => ReaderUtil.SubIndex(d.Doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var inLeaf = group.OrderBy(d => d.Doc).ToList();
            var inBody = Matches(leaf.AtomicReader, SearchFields.Body, [.. inLeaf.Select(d => (d.Doc - leaf.DocBase, d.Body.Length))]);
            var rest = Enumerable.Range(0, inLeaf.Count).Where(i => inBody[i].Count == 0 && inLeaf[i].Extra.Length > 0).ToList();
            var inExtra = Matches(leaf.AtomicReader, SearchFields.Extra, [.. rest.Select(i => (inLeaf[i].Doc - leaf.DocBase, inLeaf[i].Extra.Length))]);
            for (var i = 0; i < inLeaf.Count; i++)
            {
                var (doc, body, extra) = inLeaf[i];
                var other = rest.IndexOf(i);
                var snippet = inBody[i].Count > 0 ? Build(body, [.. inBody[i]])
                    : other >= 0 && inExtra[other].Count > 0 ? Part(extra, inExtra[other])
                    : body.Length > 0 ? Build(body, [])
                    : extra.Length > 0 ? Build(extra.Split(SearchFields.PartSeparator)[0], [])
                    : null;
                if (snippet is not null)
                {
                    snippets[doc] = snippet;
                }
            }
        }

        return snippets;
    }

    // The part of the other texts with the most matches (the first of equals: a summary before a name), alone.
    private string Part(string extra, SortedSet<(int Start, int End)> matches)
    {
        var (best, bestCount, start) = ((Start: 0, End: extra.Length), -1, 0);
        foreach (var part in extra.Split(SearchFields.PartSeparator))
        {
            var end = start + part.Length;
            var count = matches.Count(m => m.Start >= start && m.End <= end);
            if (count > bestCount)
            {
                (best, bestCount) = ((start, end), count);
            }

            start = end + 1;
        }

        return Build(extra[best.Start..best.End], [.. matches.Where(m => m.Start >= best.Start && m.End <= best.End).Select(m => (m.Start - best.Start, m.End - best.Start))]);
    }

    private string Build(string text, List<(int Start, int End)> matches)
    {
        if (matches.Count == 0)
        {
            return Render(text, 0, Math.Min(text.Length, _length), []);
        }

        var (start, end) = Window(matches, text);
        return Render(text, start, end, matches.Where(m => m.Start >= start && m.End <= end).ToList());
    }

    // The offsets of every query term in each document, reading each term's postings once for all of them.
    private SortedSet<(int Start, int End)>[] Matches(AtomicReader leaf, string field, List<(int Doc, int Length)> documents)
    {
        var found = documents.Select(_ => new SortedSet<(int Start, int End)>()).ToArray();
        var termsEnum = documents.Count == 0 ? null : leaf.GetTerms(field)?.GetEnumerator();
        if (termsEnum is null)
        {
            return found;
        }

        DocsAndPositionsEnum? postings = null;
        foreach (var term in _terms)
        {
            if (termsEnum.SeekExact(new BytesRef(term)))
            {
                postings = Collect(termsEnum, postings, documents, found);
            }
        }

        foreach (var prefix in _prefixes)
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
            while (last < matches.Count && matches[last].End - matches[first].Start <= _length)
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
        var start = lastEnd <= _length ? 0 : Math.Max(0, matches[bestFirst].Start - (_length / 5));
        if (start > 0)
        {
            var space = text.IndexOf(' ', start, matches[bestFirst].Start - start);
            start = space < 0 ? matches[bestFirst].Start : space + 1;
        }

        var end = Math.Max(Math.Min(text.Length, start + _length), matches[bestFirst].End);
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
