using HistoryCms.Search.Analysis;
using HistoryCms.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HistoryCms.Search.Querying;

/// <summary>
/// Turns parsed query text into a Lucene query over the title-and-metadata field and the body: every word becomes a
/// disjunction (scores summed, no coordination) of its analysed forms and romanization key in each field; phrases
/// become multi-phrase queries; known name spellings expand to all their variants. Remembers the body terms for the
/// snippets.
/// </summary>
internal sealed class SiteQueryBuilder
{
    private const float KeyBoost = 0.5f;

    private static readonly (string Field, float Boost)[] Fields = [(SearchFields.Meta, 2.5f), (SearchFields.Body, 1f)];

    private readonly NameVariantTable _names;
    private readonly TermStates _states;

    /// <summary>Creates a builder for one search.</summary>
    /// <param name="names">The known name spellings of the searcher in use.</param>
    /// <param name="reader">The index view the query will run on (terms are looked up once, here).</param>
    public SiteQueryBuilder(NameVariantTable names, IndexReader reader)
    {
        _names = names;
        _states = new TermStates(reader);
    }

    /// <summary>The exact body terms the query can match (for snippets).</summary>
    public HashSet<string> BodyTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>The body prefixes the query can match (for snippets).</summary>
    public List<string> BodyPrefixes { get; } = [];

    /// <summary>Builds the query.</summary>
    /// <param name="node">The parsed text.</param>
    /// <returns>The query, or <c>null</c> when nothing in it can be searched (only stop words).</returns>
    public Query? Build(QueryNode node) => Convert(Expand(node));

    private QueryNode Expand(QueryNode node) => node switch
    {
        AllNode all => new AllNode(ExpandSequence([.. all.Parts.Select(p => p is AllNode or AnyNode or NotNode ? Expand(p) : p)])),
        AnyNode any => new AnyNode([.. any.Parts.Select(Expand)]),
        NotNode not => new NotNode(Expand(not.Part)),
        _ => Single(ExpandSequence([node])),
    };

    private static QueryNode Single(List<QueryNode> nodes) => nodes.Count == 1 ? nodes[0] : new AllNode(nodes);

    private List<QueryNode> ExpandSequence(List<QueryNode> parts)
    {
        var words = parts.Select(p => p switch
        {
            WordNode { Prefix: false } word => NameVariantTable.Normalize(word.Text),
            PhraseNode phrase => NameVariantTable.Normalize(phrase.Text),
            _ => [],
        }).ToList();
        var expanded = new List<QueryNode>(parts.Count);
        for (var i = 0; i < parts.Count;)
        {
            var run = parts[i] is PhraseNode ? [words[i]] : words.Skip(i).TakeWhile((_, k) => parts[i + k] is WordNode).ToList();
            var (covered, spellings) = _names.Match(run, 0);
            if (covered == 0 || !NeedsSpellings(run.Take(covered), spellings))
            {
                expanded.Add(parts[i++]);
                continue;
            }

            expanded.Add(new AnyNode([.. spellings.Select(s => new PhraseNode(s))]));
            i += covered;
        }

        return expanded;
    }

    // A one-word name in Latin or Cyrillic script already finds its other romanizations through its key; the
    // spellings are needed for names of several words (Pak Seong-cheol, Pak Song Chol) and for scripts without keys.
    private static bool NeedsSpellings(IEnumerable<string[]> words, string[] spellings) =>
        words.Sum(w => w.Length) > 1 || spellings.Any(s => s.Any(c => char.IsLetter(c) && c >= '\u0250' && !CyrillicTransliteration.IsCyrillic(c)));

    private BooleanQuery? Convert(QueryNode node) => node switch
    {
        WordNode { Prefix: true } word => Prefix(word.Text),
        WordNode word => Terms(word.Text),
        PhraseNode phrase => Terms(phrase.Text),
        AllNode all => Combine(all.Parts, Occur.MUST),
        AnyNode any => Combine(any.Parts, Occur.SHOULD),
        NotNode not => Convert(not.Part) is { } excluded ? Excluding(excluded) : null,
        _ => null,
    };

    private BooleanQuery? Combine(IReadOnlyList<QueryNode> parts, Occur occur)
    {
        var query = new BooleanQuery();
        var positive = false;
        foreach (var part in parts)
        {
            if (occur == Occur.MUST && part is NotNode not)
            {
                if (Convert(not.Part) is { } excluded)
                {
                    query.Add(excluded, Occur.MUST_NOT);
                }
            }
            else if (Convert(part) is { } converted)
            {
                query.Add(converted, occur);
                positive = true;
            }
        }

        if (!positive && query.Clauses.Count > 0)
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    private static BooleanQuery Excluding(Query excluded) => new()
    {
        { new MatchAllDocsQuery(), Occur.MUST },
        { excluded, Occur.MUST_NOT },
    };

    private BooleanQuery? Terms(string text)
    {
        var positions = QueryAnalysis.Analyze(text);
        if (positions.Count == 0)
        {
            return null;
        }

        foreach (var term in positions.Values.SelectMany(a => a))
        {
            BodyTerms.Add(term);
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in Fields)
        {
            if (positions.Count == 1)
            {
                foreach (var form in positions.First().Value)
                {
                    var term = new Term(field, form);
                    if (_states.Find(term) is { } found)
                    {
                        query.Add(new TermQuery(term, found) { Boost = boost * (form[0] == RomanizationKey.Prefix ? KeyBoost : 1f) }, Occur.SHOULD);
                    }
                }

                continue;
            }

            // Inside a phrase Latin words are taken as written (with their stems), not by their lenient keys: a key at
            // every position would make a phrase over common name syllables walk the positions of half the archive.
            // Cyrillic words keep their key, so a Cyrillic phrase still finds the romanized text.
            // Forms found nowhere are left out; a position with no form left means the phrase cannot match here.
            MultiPhraseQuery? phrase = new() { Boost = boost };
            foreach (var (position, alternatives) in positions)
            {
                var cyrillic = alternatives.Exists(t => CyrillicTransliteration.IsCyrillic(t[0]));
                Term[] present = [.. alternatives
                    .Where(t => cyrillic || t[0] != RomanizationKey.Prefix)
                    .Select(t => new Term(field, t))
                    .Where(t => _states.Find(t) is not null)];
                if (present.Length == 0)
                {
                    phrase = null;
                    break;
                }

                phrase.Add(present, position);
            }

            if (phrase is not null)
            {
                query.Add(phrase, Occur.SHOULD);
            }
        }

        // A word found nowhere still has to match (so "treaty zzzz" finds nothing): an empty disjunction matches nothing.
        return query;
    }

    private BooleanQuery? Prefix(string text)
    {
        var tokens = NameVariantTable.Normalize(text);
        if (tokens.Length != 1)
        {
            return tokens.Length == 0 ? null : Terms(text);
        }

        BodyPrefixes.Add(tokens[0]);
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in Fields)
        {
            query.Add(new PrefixQuery(new Term(field, tokens[0])) { Boost = boost }, Occur.SHOULD);
        }

        return query;
    }
}
