using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using HistoryCms.Core;
using HistoryCms.Umbraco.Tests.TestSupport;

namespace HistoryCms.Umbraco.Tests.Packaging;

/// <summary>
/// Packs HistoryCms.Umbraco (the build this test run was built with, so nothing is compiled twice) and reads
/// the package as a site's restore would: the backoffice extension must be in it as static web assets.
/// The bundle comes from `npm run build` in src/HistoryCms.Backoffice; eng/test.sh runs it before the .NET tests.
/// </summary>
[Collection(SerialDotnetPack.Name)]
public sealed partial class PackTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private const string AssetsRoot = "staticwebassets/App_Plugins/" + HistoryAliases.Package + "/";

    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("historycms-pack-");

    public void Dispose() => _output.Delete(recursive: true);

    [Fact]
    public async Task Package_carries_the_backoffice_manifest_and_the_whole_bundle()
    {
        using var package = ZipFile.OpenRead(await PackAsync());
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(AssetsRoot + "umbraco-package.json", entries);
        Assert.Contains(AssetsRoot + "dist/history-cms.js", entries);
        Assert.Contains("build/Microsoft.AspNetCore.StaticWebAssets.props", entries);

        var committed = await File.ReadAllTextAsync(RepositoryRoot.Combine("App_Plugins", HistoryAliases.Package, "umbraco-package.json"), TestContext.Current.CancellationToken);
        Assert.Equal(committed, Read(package, AssetsRoot + "umbraco-package.json"));

        var modules = ModuleImports(package, AssetsRoot + "dist/history-cms.js", entries);
        Assert.Contains(modules, m => m.Contains("document-citations.element", StringComparison.Ordinal));
        Assert.Contains(modules, m => m.Contains("program-blocks.element", StringComparison.Ordinal));
        Assert.All(modules, path => Assert.Contains(path, entries));
    }

    private async Task<string> PackAsync()
    {
        var project = RepositoryRoot.Combine("src", "HistoryCms.Umbraco", "HistoryCms.Umbraco.csproj");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var argument in new[] { "pack", project, "-c", Configuration, "--no-build", "-o", _output.FullName, "-nologo", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"dotnet pack failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        return Assert.Single(_output.GetFiles("HistoryCms.Umbraco.*.nupkg")).FullName;
    }

    private static string Read(ZipArchive package, string path)
    {
        using var reader = new StreamReader(package.GetEntry(path)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Every module the bundle loads, following its static and lazy imports through the package.</summary>
    private static HashSet<string> ModuleImports(ZipArchive package, string entry, HashSet<string> entries)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([entry]);
        while (pending.TryPop(out var module))
        {
            if (!seen.Add(module) || !entries.Contains(module))
            {
                continue;
            }

            var folder = module[..(module.LastIndexOf('/') + 1)];
            foreach (Match match in RelativeImport().Matches(Read(package, module)))
            {
                pending.Push(Normalise(folder + match.Groups["path"].Value));
            }
        }

        seen.Remove(entry);
        return seen;
    }

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    [GeneratedRegex(@"(?:from\s*|import\s*\(?\s*)[""'](?<path>\.{1,2}/[^""']+)[""']")]
    private static partial Regex RelativeImport();
}
