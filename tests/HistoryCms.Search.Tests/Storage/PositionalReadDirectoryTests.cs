using HistoryCms.Search.Storage;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace HistoryCms.Search.Tests.Storage;

public sealed class PositionalReadDirectoryTests
{
    [Fact]
    public void Bytes_read_back_equal_the_bytes_written_across_buffer_boundaries_and_after_seeks()
    {
        using var folder = new TempFolder();
        using var directory = new PositionalReadDirectory(folder.Path);
        var written = Enumerable.Range(0, (PositionalReadDirectory.SearchReadSize * 3) + 17).Select(i => (byte)(i * 31)).ToArray();
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            output.WriteBytes(written, written.Length);
        }

        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        Assert.Equal(written.Length, input.Length);
        var whole = new byte[written.Length];
        input.ReadBytes(whole, 0, whole.Length);
        Assert.Equal(written, whole);

        input.Seek(PositionalReadDirectory.SearchReadSize - 2);
        Assert.Equal(written[PositionalReadDirectory.SearchReadSize - 2], input.ReadByte());
        Assert.Equal(written[PositionalReadDirectory.SearchReadSize - 1], input.ReadByte());
        Assert.Equal(written[PositionalReadDirectory.SearchReadSize], input.ReadByte());
    }

    [Fact]
    public void A_clone_keeps_its_own_position_and_closing_it_leaves_the_original_readable()
    {
        using var folder = new TempFolder();
        using var directory = new PositionalReadDirectory(folder.Path);
        using (var output = directory.CreateOutput("numbers.bin", IOContext.DEFAULT))
        {
            for (var i = 0; i < 5000; i++)
            {
                output.WriteInt32(i);
            }
        }

        using var input = directory.OpenInput("numbers.bin", IOContext.DEFAULT);
        input.Seek(4 * 10);
        var clone = (IndexInput)input.Clone();
        clone.Seek(4 * 4000);
        Assert.Equal(4000, clone.ReadInt32());
        Assert.Equal(10, input.ReadInt32());
        clone.Dispose();
        Assert.Equal(11, input.ReadInt32());
    }

    [Fact]
    public void Reading_past_the_end_fails_with_a_message_naming_the_file()
    {
        using var folder = new TempFolder();
        using var directory = new PositionalReadDirectory(folder.Path);
        using (var output = directory.CreateOutput("short.bin", IOContext.DEFAULT))
        {
            output.WriteBytes([1, 2, 3], 3);
        }

        using var input = directory.OpenInput("short.bin", IOContext.DEFAULT);
        input.Seek(2);
        input.ReadByte();
        var failure = Assert.ThrowsAny<IOException>(() => input.ReadByte());
        Assert.Contains("short.bin", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Lucene_index_written_and_searched_through_it_answers_from_many_threads_at_once()
    {
        using var folder = new TempFolder();
        using var directory = new PositionalReadDirectory(folder.Path);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))))
        {
            for (var i = 0; i < 3000; i++)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new TextField("body", i % 3 == 0 ? $"armistice talks number {i}" : $"other text {i}", Field.Store.YES),
                });
            }

            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var totals = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            var seen = 0;
            for (var round = 0; round < 20; round++)
            {
                var top = searcher.Search(new TermQuery(new Term("body", "armistice")), 50);
                seen = top.TotalHits;
                Assert.All(top.ScoreDocs, hit => Assert.StartsWith("armistice", searcher.Doc(hit.Doc).Get("body", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            }

            return seen;
        })));

        Assert.All(totals, total => Assert.Equal(1000, total));
    }
}
