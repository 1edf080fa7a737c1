using System.Globalization;
using HistoryCms.Search;

// Usage: CrashWriter <index folder> <documents to commit>
// Commits that many documents, prints "committed", then writes a second batch that never ends, printing
// "writing" once the writer has flushed uncommitted segments to disk. The test kills the process there.
var path = args[0];
var committed = int.Parse(args[1], CultureInfo.InvariantCulture);
using var index = SiteIndex.Open(path, new SiteIndexOptions { RamBufferMegabytes = 1, IndexingThreads = 1 });
await index.IndexAsync(Documents(0, committed)).ConfigureAwait(false);
Console.WriteLine("committed");
await index.IndexAsync(Endless(committed)).ConfigureAwait(false);

static IEnumerable<SearchDocument> Documents(int from, int count) =>
    Enumerable.Range(from, count).Select(i => new SearchDocument
    {
        Id = Guid.NewGuid(),
        Type = "historyArchivalDocument",
        Title = FormattableString.Invariant($"Document {i}"),
        Body = string.Join(' ', Enumerable.Range(0, 200).Select(w => FormattableString.Invariant($"word{(i * 7 + w) % 5000}"))),
    });

static IEnumerable<SearchDocument> Endless(int from)
{
    for (var i = from; ; i++)
    {
        if (i == from + 3000)
        {
            Console.WriteLine("writing");
        }

        yield return Documents(i, 1).Single();
    }
}
