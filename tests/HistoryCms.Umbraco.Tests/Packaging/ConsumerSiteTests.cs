using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using HistoryCms.Core;
using HistoryCms.Umbraco.Tests.TestSupport;

namespace HistoryCms.Umbraco.Tests.Packaging;

/// <summary>
/// Follows the README's install story as a new site would: packs the four packages (the build this test run was built
/// with) into a local feed, restores them into a fresh Web SDK project with Umbraco.Cms.Core 17.8.1, and builds its
/// Program.cs and an Umbraco-style template. The packages get a version of their own for this run and the site restores
/// into its own packages folder, so no copy of HistoryCms left in the machine's NuGet cache can stand in for them; the
/// machine's packages folder is only a fallback for third-party packages the solution build restored already.
/// </summary>
[Collection(SerialDotnetPack.Name)]
public sealed class ConsumerSiteTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly string[] Packages = ["HistoryCms.Core", "HistoryCms.Search", "HistoryCms.Web", "HistoryCms.Umbraco"];

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("historycms-consumer-");
    private readonly string _version = "0.1.0-consumer." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task A_new_site_restores_the_packed_packages_builds_against_them_and_serves_the_backoffice_extension()
    {
        string feed = Path.Combine(_work.FullName, "feed");
        foreach (string package in Packages)
        {
            string project = RepositoryRoot.Combine("src", package, package + ".csproj");
            await DotnetAsync(RepositoryRoot.Path, "pack", project, "-c", Configuration, "--no-build", "-o", feed, $"-p:Version={_version}");
        }

        Assert.Equal(
            Packages.Select(p => $"{p}.{_version}.nupkg").Order(),
            Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).Order());

        string site = Path.Combine(_work.FullName, "site");
        WriteSite(site, feed);
        await DotnetAsync(site, "build", "-c", "Release");

        string output = Path.Combine(site, "bin", "Release", "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "Site.dll")));
        IReadOnlyDictionary<string, string> assets = StaticWebAssets(Path.Combine(output, "Site.staticwebassets.endpoints.json"), site);
        string root = $"App_Plugins/{HistoryAliases.Package}/";
        Assert.Contains(root + "umbraco-package.json", assets.Keys);
        Assert.Contains(root + "dist/history-cms.js", assets.Keys);
        Assert.Contains("_content/HistoryCms.Web/history.css", assets.Keys);
        Assert.Equal(
            await File.ReadAllTextAsync(RepositoryRoot.Combine("App_Plugins", HistoryAliases.Package, "umbraco-package.json"), TestContext.Current.CancellationToken),
            await File.ReadAllTextAsync(assets[root + "umbraco-package.json"], TestContext.Current.CancellationToken));
        Assert.StartsWith(
            Path.Combine(site, "packages", "historycms.umbraco", _version),
            assets[root + "dist/history-cms.js"],
            StringComparison.Ordinal);
    }

    /// <summary>
    /// Each route of the site's static web assets endpoints manifest (written by the Web SDK next to the app) with the file
    /// it serves, found as the app finds it at run time: through the runtime manifest's tree and content roots.
    /// </summary>
    private static Dictionary<string, string> StaticWebAssets(string endpointsManifest, string site)
    {
        Assert.True(File.Exists(endpointsManifest), "The Web SDK wrote no static web assets endpoints manifest: " + endpointsManifest);
        using JsonDocument endpoints = JsonDocument.Parse(File.ReadAllText(endpointsManifest));
        string runtimeManifest = endpointsManifest.Replace(".endpoints.json", ".runtime.json", StringComparison.Ordinal);
        using JsonDocument runtime = JsonDocument.Parse(File.ReadAllText(runtimeManifest));
        string[] contentRoots = [.. runtime.RootElement.GetProperty("ContentRoots").EnumerateArray().Select(r => r.GetString()!)];

        var assets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonElement endpoint in endpoints.RootElement.GetProperty("Endpoints").EnumerateArray())
        {
            string route = endpoint.GetProperty("Route").GetString()!;
            if (Resolve(runtime.RootElement.GetProperty("Root"), contentRoots, endpoint.GetProperty("AssetFile").GetString()!) is { } file
                && File.Exists(file)
                && string.Equals(Path.GetExtension(route), Path.GetExtension(file), StringComparison.Ordinal))
            {
                assets.TryAdd(route, file);
            }
        }

        Assert.NotEmpty(assets);
        Assert.All(assets.Values, file => Assert.StartsWith(site, file, StringComparison.Ordinal));
        return assets;
    }

    private static string? Resolve(JsonElement node, string[] contentRoots, string relativePath)
    {
        foreach (string segment in relativePath.Split('/'))
        {
            if (node.GetProperty("Children") is not { ValueKind: JsonValueKind.Object } children || !children.TryGetProperty(segment, out node))
            {
                return null;
            }
        }

        return node.GetProperty("Asset") is { ValueKind: JsonValueKind.Object } asset
            ? Path.Combine(contentRoots[asset.GetProperty("ContentRootIndex").GetInt32()], asset.GetProperty("SubPath").GetString()!)
            : null;
    }

    private void WriteSite(string site, string feed)
    {
        Directory.CreateDirectory(Path.Combine(site, "Views"));
        string fallback = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(site, "Site.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- Lucene.Net.ICU asks for an ICU4N version the registry does not serve; NuGet takes the next one. -->
                <NoWarn>$(NoWarn);NU1603</NoWarn>
                <!-- Vulnerability audits query the registry and may start failing any day: not what this test checks. -->
                <NuGetAudit>false</NuGetAudit>
                <RestorePackagesPath>{Path.Combine(site, "packages")}</RestorePackagesPath>
                <RestoreAdditionalProjectSources>{feed}</RestoreAdditionalProjectSources>
                <RestoreFallbackFolders>{fallback}</RestoreFallbackFolders>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Umbraco.Cms.Core" Version="17.8.1" />
                <PackageReference Include="HistoryCms.Umbraco" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(site, "Program.cs"), """
            using HistoryCms.Umbraco;
            using HistoryCms.Web.HistoryApi;
            using HistoryCms.Web.Rendering;
            using HistoryCms.Web.Search;
            using Microsoft.Extensions.Logging.Abstractions;
            using Umbraco.Cms.Core.Composing;
            using Umbraco.Cms.Core.DependencyInjection;

            WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

            // A real site writes builder.CreateUmbracoBuilder().AddBackOffice().AddWebsite().AddComposers().Build() from the
            // Umbraco.Cms package, which can't be restored here; Umbraco.Cms.Core's own UmbracoBuilder stands in for it.
            var typeLoader = new TypeLoader(
                new TypeFinder(NullLogger<TypeFinder>.Instance, new DefaultUmbracoAssemblyProvider(typeof(Program).Assembly, NullLoggerFactory.Instance), []),
                NullLogger<TypeLoader>.Instance);
            IUmbracoBuilder umbraco = new UmbracoBuilder(builder.Services, builder.Configuration, typeLoader);
            umbraco.AddHistoryCms();
            builder.Services.AddHistoryPages();

            WebApplication app = builder.Build();
            app.MapHistoryApi();
            app.MapHistorySearch();
            app.Run();
            """);
        File.Copy(RepositoryRoot.Combine("tests", "HistoryCms.Web.Tests", "Views", "historyBlogPost.cshtml"), Path.Combine(site, "Views", "historyBlogPost.cshtml"));
    }

    private static async Task DotnetAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (string argument in (string[])[.. arguments, "-nologo", "-nodeReuse:false", "-v:q"])
        {
            start.ArgumentList.Add(argument);
        }

        // The site's project file says where it restores; an inherited NUGET_PACKAGES must not overrule it.
        start.Environment.Remove("NUGET_PACKAGES");
        using var process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        Task<string> stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
    }
}
