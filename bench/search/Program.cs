using System.Diagnostics;
using System.Globalization;
using HistoryCms.Search.Bench;

// Site search benchmark (issue 6). Builds the index of a generated corpus, runs the fixed query mix and
// prints build throughput, query latency, index size and RSS, each against its plain-Lucene baseline.
// Options: --docs N (corpus size), --keep (keep the index folder), --queries FOLDER (query mix only, over a kept
// index), --build-only (the archive build alone, for profiling).
var count = args.Length > 1 && args[0] == "--docs" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
if (args.Length > 1 && args[0] == "--queries")
{
    // Query mix only, over an index built by an earlier run kept with --keep.
    var (q50, q99, kinds) = Full.Query(args[1], out var cpuOnly);
    Console.WriteLine(FormattableString.Invariant($"query mix: p50 {q50:F2} ms, p99 {q99:F2} ms wall, CPU {cpuOnly.P50:F2}/{cpuOnly.P99:F2} ms; {string.Join("; ", kinds.Select(k => $"{k.Kind} {k.P50:F2}/{k.P99:F2}"))}"));
    return;
}

var keep = args.Contains("--keep");
var root = Directory.CreateTempSubdirectory("historycms-search-bench-").FullName;
try
{
    var corpus = new Corpus(count);
    Console.WriteLine(FormattableString.Invariant($"Site search benchmark: {count:N0} documents, {Environment.ProcessorCount} cores, {root}"));

    if (args.Contains("--build-only"))
    {
        // The archive build alone (no baseline, no queries): for profiling indexing.
        var buildOnlyCpu = Report.Cpu();
        var buildOnly = await Full.BuildAsync(corpus, Path.Combine(root, "archive")).ConfigureAwait(false);
        Report.Line("archive build", buildOnly, Report.Cpu() - buildOnlyCpu, count);
        Console.WriteLine(FormattableString.Invariant($"RSS peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
        return;
    }

    var (archiveAnalysis, standardAnalysis) = AnalysisCost.MicrosecondsPerDocument(corpus, Math.Min(count, 5000));
    Console.WriteLine(FormattableString.Invariant($"analysis only (CPU): archive chains {archiveAnalysis:F0} µs/doc, StandardAnalyzer {standardAnalysis:F0} µs/doc"));
    var cpu = Report.Cpu();
    var baselineBuild = Baseline.Build(corpus, Path.Combine(root, "baseline"));
    var baselineCpu = Report.Cpu() - cpu;
    Report.Line("baseline build (StandardAnalyzer)", baselineBuild, baselineCpu, count);
    Report.Gc();

    cpu = Report.Cpu();
    var build = await Full.BuildAsync(corpus, Path.Combine(root, "archive")).ConfigureAwait(false);
    var buildCpu = Report.Cpu() - cpu;
    Report.Line("archive build", build, buildCpu, count);
    var indexBytes = Report.Size(Path.Combine(root, "archive"));

    var (p50, p99, perKind) = Full.Query(Path.Combine(root, "archive"), out var queryCpu);
    var (termP50, termP99) = Baseline.Query(Path.Combine(root, "archive"));
    var rss = Process.GetCurrentProcess().WorkingSet64;
    var peak = Process.GetCurrentProcess().PeakWorkingSet64;

    Console.WriteLine();
    Console.WriteLine(FormattableString.Invariant($"build: {count / build.TotalSeconds:N0} docs/s vs baseline {count / baselineBuild.TotalSeconds:N0} docs/s = {baselineBuild.TotalSeconds / build.TotalSeconds:F2}x wall, {baselineCpu.TotalSeconds / buildCpu.TotalSeconds:F2}x CPU (target >= 0.5x and >= 5,000 docs/s)"));
    Console.WriteLine(FormattableString.Invariant($"build CPU: {count / buildCpu.TotalSeconds:N0} docs per CPU-second ({Environment.ProcessorCount} cores idle would give about {Environment.ProcessorCount * count / buildCpu.TotalSeconds:N0} docs/s)"));
    Console.WriteLine(FormattableString.Invariant($"query mix (5 facets + snippets): p50 {p50:F2} ms, p99 {p99:F2} ms wall; thread CPU p50 {queryCpu.P50:F2} ms, p99 {queryCpu.P99:F2} ms (targets 3 / 15 ms)"));
    foreach (var (kind, kindP50, kindP99) in perKind)
    {
        Console.WriteLine(FormattableString.Invariant($"  {kind,-12} p50 {kindP50:F2} ms, p99 {kindP99:F2} ms"));
    }

    Console.WriteLine(FormattableString.Invariant($"plain TermQuery on the same index: p50 {termP50:F3} ms, p99 {termP99:F3} ms; full/plain p50 ratio {p50 / termP50:F1}x"));
    Console.WriteLine(FormattableString.Invariant($"index size: {indexBytes / 1048576.0:F1} MB (baseline index {Report.Size(Path.Combine(root, "baseline")) / 1048576.0:F1} MB)"));
    Console.WriteLine(FormattableString.Invariant($"RSS: {rss / 1048576.0:F0} MB now, {peak / 1048576.0:F0} MB peak (target <= 400 MB)"));
}
finally
{
    if (keep)
    {
        Console.WriteLine($"kept {root}");
    }
    else
    {
        Directory.Delete(root, recursive: true);
    }
}
