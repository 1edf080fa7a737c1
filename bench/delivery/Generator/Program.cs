using System.Globalization;
using HistoryCms.Bench.Generator;
using HistoryCms.USync.Content;

// Usage: HistoryCms.Bench.Generator <uSync folder to write> [posts] [documents] [authors] [programs] [seed]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: HistoryCms.Bench.Generator <out uSync/v17 folder> [posts=10000] [documents=50000] [authors=500] [programs=8] [seed=1947]");
    return 2;
}

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var size = new BenchSize(Arg(1, 10_000), Arg(2, 50_000), Arg(3, 500), Arg(4, 8), Arg(5, 1947));
var items = BenchSite.Build(size);
var output = Path.GetFullPath(args[0]);
var content = Path.Combine(output, USyncContentWriter.Folder);
if (Directory.Exists(content))
{
    Directory.Delete(content, recursive: true);
}

foreach (var file in USyncContentWriter.History.Write(items))
{
    var path = Path.Combine(output, file.RelativePath);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    await File.WriteAllBytesAsync(path, file.Bytes).ConfigureAwait(false);
}

Console.WriteLine($"{items.Count} items ({size}) written to {content}");
return 0;
