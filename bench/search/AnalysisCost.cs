using System.Diagnostics;
using HistoryCms.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace HistoryCms.Search.Bench;

/// <summary>Analysis alone (no indexing): the archive chains against StandardAnalyzer, in CPU time per document.</summary>
internal static class AnalysisCost
{
    public static (double Archive, double Standard) MicrosecondsPerDocument(Corpus corpus, int count)
    {
        var documents = Enumerable.Range(0, count).Select(corpus.Document).ToList();
        var analyzers = Enum.GetValues<TextProfile>().Select(p => (Analyzer)new SiteSearchAnalyzer(p, AnalyzerMode.Index)).ToArray();
        using var standard = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        double Measure(Func<SearchDocument, Analyzer> choose)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var document in documents)
            {
                Consume(choose(document), document.Body);
            }

            return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMicroseconds / documents.Count;
        }

        Measure(d => analyzers[(int)TextProfiles.For(d.TextLanguage)]);
        Measure(_ => standard);
        return (Measure(d => analyzers[(int)TextProfiles.For(d.TextLanguage)]), Measure(_ => standard));
    }

    private static void Consume(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            _ = term.Length;
        }

        stream.End();
    }
}
