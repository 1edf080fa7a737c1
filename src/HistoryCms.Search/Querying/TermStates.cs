using Lucene.Net.Index;

namespace HistoryCms.Search.Querying;

/// <summary>
/// Looks up the query's terms in every segment once, reusing one terms enumerator per segment and field (creating
/// one per term and segment, as a plain <c>TermQuery</c> does, is most of the cost of a query that expands every
/// word into several forms over several fields). Terms found nowhere are reported absent, so no clause is built.
/// </summary>
internal sealed class TermStates(IndexReader reader)
{
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> _enums = [];

    /// <summary>The states of a term in every segment that has it, or <c>null</c> when no segment does.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The term's context, or <c>null</c>.</returns>
    public TermContext? Find(Term term)
    {
        TermContext? context = null;
        foreach (var leaf in reader.Leaves)
        {
            if (!_enums.TryGetValue((leaf.Ord, term.Field), out var termsEnum))
            {
                termsEnum = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
                _enums[(leaf.Ord, term.Field)] = termsEnum;
            }

            if (termsEnum is not null && termsEnum.SeekExact(term.Bytes))
            {
                context ??= new TermContext(reader.Context);
                context.Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
            }
        }

        return context;
    }
}
