using System.Diagnostics;
using System.Globalization;
using HistoryCms.Import.Bench;

// Usage: HistoryCms.Import.Bench <work folder> <count> <fixtures csv> <cli dll>
// Generates <count> records, then measures with /usr/bin/time (wall seconds, peak RSS): a plain copy of the generated file,
// the first import, the re-import of the unchanged set, and a plain copy of the imported Content folder (same bytes, same
// number of files). Prints one line per step and a summary.
var work = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "historycms-import-bench"));
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var fixtures = args.Length > 2 ? args[2] : Path.Combine("tests", "fixtures", "digital-archive", "records.csv");
var cli = args.Length > 3 ? args[3] : Path.Combine("src", "HistoryCms.USync.Cli", "bin", "Release", "net10.0", "historycms-usync.dll");

if (Directory.Exists(work))
{
    Directory.Delete(work, recursive: true);
}

Directory.CreateDirectory(work);
var csv = Path.Combine(work, "records.csv");
var clock = Stopwatch.StartNew();
ArchiveRecordGenerator.WriteFile(csv, fixtures, count);
var bytes = new FileInfo(csv).Length;
Console.WriteLine($"generated {count} records, {bytes / 1e6:0.0} MB, in {clock.Elapsed.TotalSeconds:0.0} s");

var usync = Path.Combine(work, "uSync");
var copy = Measure("copy of the input file (cp)", "cp", csv, Path.Combine(work, "records-copy.csv"));
var first = Measure("first import", "dotnet", cli, "import-records", csv, "--usync", usync);
var second = Measure("re-import, unchanged", "dotnet", cli, "import-records", csv, "--usync", usync);
var content = Path.Combine(usync, "Content");
Directory.CreateDirectory(content);
var files = Directory.GetFiles(content).Length;
var contentBytes = Directory.EnumerateFiles(content).Sum(f => new FileInfo(f).Length);
var tree = Measure("copy of the imported Content folder (cp -r)", "cp", "-r", content, Path.Combine(work, "content-copy"));

Console.WriteLine();
Console.WriteLine($"input: {count} records, {bytes / 1e6:0.0} MB; output: {files} files, {contentBytes / 1e6:0.0} MB");
Console.WriteLine($"first import:   {first.Seconds:0.00} s wall = {count / first.Seconds:0} records/s ({count / first.Cpu:0} per CPU-second), peak RSS {first.PeakMb} MB (target >= 3000/s, <= 300 MB)");
Console.WriteLine($"re-import:      {second.Seconds:0.00} s wall = {count / second.Seconds:0} records/s ({count / second.Cpu:0} per CPU-second), peak RSS {second.PeakMb} MB (target >= 15000/s)");
Console.WriteLine($"load average while measuring: {File.ReadAllText("/proc/loadavg").Trim()} on {Environment.ProcessorCount} cores");
Console.WriteLine($"baseline cp input file: {copy.Seconds:0.00} s ({bytes / 1e6 / Math.Max(copy.Seconds, 0.001):0} MB/s); cp -r of the output: {tree.Seconds:0.00} s ({files / Math.Max(tree.Seconds, 0.001):0} files/s)");

static (double Seconds, long PeakMb, double Cpu) Measure(string label, string program, params string[] arguments)
{
    var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
    foreach (var argument in new[] { "-f", "@@ %e %M %U %S", program }.Concat(arguments))
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEnd();
    process.WaitForExit();
    var tail = stdout.GetAwaiter().GetResult().Split('\n').Where(l => l.Contains("created", StringComparison.Ordinal)).LastOrDefault();
    var line = stderr.Split('\n').Last(l => l.StartsWith("@@ ", StringComparison.Ordinal)).Split(' ');
    var seconds = double.Parse(line[1], CultureInfo.InvariantCulture);
    var peak = long.Parse(line[2], CultureInfo.InvariantCulture) / 1024;
    var cpu = double.Parse(line[3], CultureInfo.InvariantCulture) + double.Parse(line[4], CultureInfo.InvariantCulture);
    Console.WriteLine($"{label}: {seconds:0.00} s wall, {cpu:0.00} s CPU (user+sys), peak RSS {peak} MB, exit {process.ExitCode}{(tail is null ? string.Empty : " - " + tail.Trim())}");
    return (seconds, peak, cpu);
}
