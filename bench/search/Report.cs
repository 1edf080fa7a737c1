using System.Globalization;

namespace HistoryCms.Search.Bench;

/// <summary>Printing and measuring helpers of the benchmark.</summary>
internal static class Report
{
    public static void Line(string what, TimeSpan elapsed, TimeSpan cpu, int count) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {elapsed.TotalSeconds:F1} s, {count / elapsed.TotalSeconds:N0} docs/s ({cpu.TotalSeconds:F1} CPU-s, {cpu.TotalMicroseconds / count:F0} CPU-µs/doc)"));

    public static TimeSpan Cpu() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    public static long Size(string folder) => new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    public static void Gc()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    public static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p))];
}
