using System.Diagnostics;
using HistoryCms.Core.Search;

namespace HistoryCms.Search.Bench;

/// <summary>The site search itself: build through <see cref="SiteIndex"/>, the fixed query mix.</summary>
internal static class Full
{
    private static readonly string[] FiveFacets =
        [SiteSearchFields.Type, SiteSearchFields.Program, SiteSearchFields.Language, SiteSearchFields.Decade, SiteSearchFields.Person];

    private static readonly (string Kind, SiteSearchRequest Request)[] Mix =
    [
        ("two-term", Text("soviet delegation")), ("two-term", Text("armistice prisoners")), ("two-term", Text("treaty negotiations")),
        ("two-term", Text("делегация переговоры")), ("two-term", Text("휴전 협상")), ("two-term", Text("embassy telegram")),
        ("phrase", Text("\"foreign affairs\"")), ("phrase", Text("\"security council\"")), ("phrase", Text("\"иностранных дел\"")),
        ("phrase", Text("\"united nations\"")),
        ("name", Text("Vyshinskii")), ("name", Text("Вышинский")), ("name", Text("Pak Song Chol")), ("name", Text("Khrushchov")),
        ("name", Text("Sato")), ("name", Text("Tsarapkin proposal")), ("name", Text("박성철")),
        ("filtered", Text("delegation") with { Filters = Filter(SiteSearchFields.Program, Corpus.Programs[3].Key), From = "1950", To = "1953" }),
        ("filtered", Text("договор") with { Filters = Filter(SiteSearchFields.Language, "ru"), From = "1960-01", To = "1969-12" }),
        ("filtered", Text("Molotov") with { Filters = Filter(SiteSearchFields.Repository, "RGANI"), Sort = SiteSearchSort.Newest }),
        ("filtered", Text("armistice OR ceasefire") with { Filters = Filter(SiteSearchFields.Genre, "Cable") }),
    ];

    public static async Task<TimeSpan> BuildAsync(Corpus corpus, string path)
    {
        var watch = Stopwatch.StartNew();
        using var index = SiteIndex.Open(path);
        await index.RebuildAsync(corpus.Documents()).ConfigureAwait(false);
        return watch.Elapsed;
    }

    public static (double P50, double P99, List<(string Kind, double P50, double P99)> PerKind) Query(string path) => Query(path, out _);

    public static (double P50, double P99, List<(string Kind, double P50, double P99)> PerKind) Query(string path, out (double P50, double P99) cpu)
    {
        using var index = SiteIndex.Open(path);
        var search = new LuceneSiteSearch(index);
        var timings = new List<(string Kind, double Ms)>();
        var cpuTimings = new List<double>();
        long totalHits = 0;
        for (var round = 0; round < 110; round++)
        {
            foreach (var (kind, request) in Mix)
            {
                var start = Stopwatch.GetTimestamp();
                var cpuStart = ThreadCpu.Milliseconds();
                var response = search.Search(request);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (round >= 10)
                {
                    timings.Add((kind, elapsed));
                    cpuTimings.Add(ThreadCpu.Milliseconds() - cpuStart);
                    totalHits += response.Total;
                }
            }
        }

        Console.WriteLine($"query mix: {timings.Count:N0} searches, {totalHits / timings.Count:N0} matches on average");
        if (Environment.GetEnvironmentVariable("BENCH_DETAIL") is not null)
        {
            for (var q = 0; q < Mix.Length; q++)
            {
                var mine = timings.Where((_, i) => i % Mix.Length == q).Select(t => t.Ms).Order().ToList();
                Console.WriteLine($"  {Mix[q].Request.Query,-28} p50 {Report.Percentile(mine, 0.5):F2} ms  total {search.Search(Mix[q].Request).Total}");
            }
        }

        var all = timings.Select(t => t.Ms).Order().ToList();
        cpuTimings.Sort();
        cpu = (Report.Percentile(cpuTimings, 0.5), Report.Percentile(cpuTimings, 0.99));
        var perKind = timings.GroupBy(t => t.Kind)
            .Select(g => g.Select(t => t.Ms).Order().ToList())
            .Zip(timings.Select(t => t.Kind).Distinct(), (sorted, kind) => (kind, Report.Percentile(sorted, 0.5), Report.Percentile(sorted, 0.99)))
            .ToList();
        return (Report.Percentile(all, 0.5), Report.Percentile(all, 0.99), perKind);
    }

    private static SiteSearchRequest Text(string query) =>
        new() { Query = query, Facets = FiveFacets, PageSize = 10, Snippets = true };

    private static Dictionary<string, IReadOnlyList<string>> Filter(string field, string value) => new() { [field] = [value] };
}
