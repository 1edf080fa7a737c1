using System.Diagnostics;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace HistoryCms.Search.Bench;

/// <summary>The plain-Lucene baselines: StandardAnalyzer indexing of the same documents, TermQuery search.</summary>
internal static class Baseline
{
    public static TimeSpan Build(Corpus corpus, string path)
    {
        var watch = Stopwatch.StartNew();
        using var directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))
        {
            RAMBufferSizeMB = 64,
            UseCompoundFile = false,
        };
        using var writer = new IndexWriter(directory, config);
        Parallel.ForEach(corpus.Documents(), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, source =>
            writer.AddDocument(new Document
            {
                new StringField("id", source.Id.ToString(), Field.Store.YES),
                new TextField("title", source.Title, Field.Store.YES),
                new TextField("body", source.Body, Field.Store.YES),
            }));
        writer.Commit();
        return watch.Elapsed;
    }

    /// <summary>Plain TermQuery searches (top 10) on the site index for body terms of middling frequency.</summary>
    public static (double P50, double P99) Query(string path)
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var terms = MiddlingTerms(reader, 40);
        var timings = new List<double>();
        for (var round = 0; round < 60; round++)
        {
            foreach (var term in terms)
            {
                var start = Stopwatch.GetTimestamp();
                searcher.Search(new TermQuery(term), 10);
                if (round >= 10)
                {
                    timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
        }

        timings.Sort();
        return (Report.Percentile(timings, 0.5), Report.Percentile(timings, 0.99));
    }

    private static List<Term> MiddlingTerms(IndexReader reader, int count)
    {
        var terms = new List<Term>();
        var termsEnum = MultiFields.GetTerms(reader, "body").GetEnumerator();
        while (termsEnum.MoveNext() && terms.Count < count)
        {
            var share = termsEnum.DocFreq / (double)reader.MaxDoc;
            if (share is > 0.02 and < 0.3 && termsEnum.Term.Bytes[termsEnum.Term.Offset] != (byte)'~')
            {
                terms.Add(new Term("body", BytesRef.DeepCopyOf(termsEnum.Term)));
            }
        }

        return terms;
    }
}
