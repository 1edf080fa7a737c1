using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HistoryCms.Core;
using HistoryCms.Core.Citations;
using HistoryCms.Core.ContentModel;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Umbraco.Tests.TestSupport;
using HistoryCms.Web.Citations;

namespace HistoryCms.Umbraco.Tests.Backoffice;

/// <summary>
/// The backoffice client writes every alias once, in src/HistoryCms.Backoffice/src/constants.ts; the server
/// writes them in HistoryCms.Core. These tests read the client's files and fail when the two sides differ.
/// </summary>
public sealed partial class ClientAliasesTests
{
    private static readonly string ClientRoot = RepositoryRoot.Combine("src", "HistoryCms.Backoffice");

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Constants = new(ReadConstants);

    public static TheoryData<string, string> ServerAliases => new()
    {
        { "HISTORY_PACKAGE", HistoryAliases.Package },
        { "HISTORY_EDITOR_SCHEMA_DOCUMENT_CITATIONS", HistoryAliases.Editors.DocumentCitations },
        { "HISTORY_EDITOR_SCHEMA_PROGRAM_BLOCKS", HistoryAliases.Editors.ProgramBlocks },
        { "HISTORY_EDITOR_UI_DOCUMENT_CITATIONS", HistoryAliases.EditorUis.DocumentCitations },
        { "HISTORY_EDITOR_UI_PROGRAM_BLOCKS", HistoryAliases.EditorUis.ProgramBlocks },
        { "HISTORY_BLOCK_KIND_RICH_TEXT", ProgramBlockKindAliases.RichText },
        { "HISTORY_BLOCK_KIND_FEATURED_DOCUMENTS", ProgramBlockKindAliases.FeaturedDocuments },
        { "HISTORY_BLOCK_KIND_LATEST_POSTS", ProgramBlockKindAliases.LatestPosts },
        { "HISTORY_BLOCK_KIND_PROJECT_PROMOS", ProgramBlockKindAliases.ProjectPromos },
        { "HISTORY_BLOCK_KIND_PEOPLE", ProgramBlockKindAliases.People },
        { "HISTORY_BLOCK_KIND_CALL_TO_ACTION", ProgramBlockKindAliases.CallToAction },
        { "HISTORY_BLOCK_KIND_DOCUMENT_SEARCH", ProgramBlockKindAliases.DocumentSearch },
        { "HISTORY_CITATION_PREVIEW_PATH", "/" + CitationPreviewController.RoutePath },
        { "HISTORY_PROPERTY_CITATIONS", HistoryAliases.Properties.Citations },
        { "HISTORY_PROPERTY_BODY", HistoryAliases.Properties.Body },
        { "HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT", HistoryAliases.ContentTypes.ArchivalDocument },
        { "HISTORY_DOCUMENT_TYPE_ARCHIVAL_DOCUMENT_KEY", HistoryContentModel.ContentTypeKeys.ArchivalDocument.ToString("D") },
        { "HISTORY_DOCUMENT_TYPE_PROGRAM", HistoryAliases.ContentTypes.Program },
        { "HISTORY_DOCUMENT_TYPE_PROGRAM_KEY", HistoryContentModel.ContentTypeKeys.Program.ToString("D") },
        { "HISTORY_DOCUMENT_TYPE_AUTHOR", HistoryAliases.ContentTypes.Author },
        { "HISTORY_DOCUMENT_TYPE_AUTHOR_KEY", HistoryContentModel.ContentTypeKeys.Author.ToString("D") },
    };

    [Theory]
    [MemberData(nameof(ServerAliases))]
    public void Client_constant_equals_the_server_alias(string constant, string serverValue)
    {
        Assert.True(Constants.Value.TryGetValue(constant, out var clientValue), $"constants.ts has no {constant}.");
        Assert.Equal(serverValue, clientValue);
    }

    [Fact]
    public void Client_knows_exactly_the_server_built_in_block_kinds()
    {
        var server = typeof(ProgramBlockKindAliases).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);
        var client = Constants.Value.Where(c => c.Key.StartsWith("HISTORY_BLOCK_KIND_", StringComparison.Ordinal) && !c.Key.EndsWith("_PREFIX", StringComparison.Ordinal))
            .Select(c => c.Value)
            .Order(StringComparer.Ordinal);
        Assert.Equal(server, client);
    }

    [Fact]
    public void Client_locator_labels_are_the_server_labels_in_order()
    {
        var match = LocatorLabelsPattern().Match(ReadClientFile("src", "constants.ts"));
        Assert.True(match.Success, "constants.ts has no HISTORY_LOCATOR_LABELS array.");
        var client = QuotedPattern().Matches(match.Groups["items"].Value).Select(m => m.Groups["value"].Value);
        Assert.Equal(LocatorLabels.Values.Select(l => l.ToValueName()), client);
    }

    [Fact]
    public void Post_body_rich_text_enables_the_client_citation_marker_and_cite_button()
    {
        var configuration = HistoryContentModel.FindDataType(HistoryContentModel.DataTypeKeys.BodyRichText)!.Configuration;
        var extensions = Flatten(configuration["extensions"]).ToList();
        var toolbar = Flatten(configuration["toolbar"]).ToList();

        Assert.Contains(Constants.Value["HISTORY_TIPTAP_CITATION_MARKER"], extensions);
        Assert.Contains(Constants.Value["HISTORY_TIPTAP_TOOLBAR_CITE"], toolbar);
        var clientAliases = Constants.Value.Values.ToHashSet(StringComparer.Ordinal);
        Assert.All(
            extensions.Concat(toolbar).Where(a => a.StartsWith(HistoryAliases.Package + ".", StringComparison.Ordinal)),
            alias => Assert.Contains(alias, clientAliases));
    }

    [Fact]
    public void Package_manifest_declares_the_one_bundle_the_client_builds()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("App_Plugins", HistoryAliases.Package, "umbraco-package.json")))!;
        Assert.Equal(HistoryAliases.Package, (string?)manifest["id"]);
        Assert.Equal(HistoryAliases.Package, (string?)manifest["name"]);

        var extension = Assert.Single(manifest["extensions"]!.AsArray());
        Assert.Equal("bundle", (string?)extension!["type"]);
        Assert.Equal(Constants.Value["HISTORY_BUNDLE_ALIAS"], (string?)extension["alias"]);
        Assert.Equal($"/App_Plugins/{HistoryAliases.Package}/dist/history-cms.js", (string?)extension["js"]);

        var vite = ReadClientFile("vite.config.ts");
        Assert.Contains("'history-cms': 'src/index.ts'", vite, StringComparison.Ordinal);
        Assert.Contains($"outDir: '../../App_Plugins/{HistoryAliases.Package}/dist'", vite, StringComparison.Ordinal);
    }

    [Fact]
    public void Client_sources_write_no_package_alias_outside_constants()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(ClientRoot, "src"), "*.ts", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".test.ts", StringComparison.Ordinal) && Path.GetFileName(f) != "constants.ts")
            .Where(f => AliasLiteralPattern().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(ClientRoot, f))
            .ToList();
        Assert.Empty(offenders);
    }

    private static IEnumerable<string> Flatten(object value) => value switch
    {
        string s => [s],
        System.Collections.IEnumerable items => items.Cast<object>().SelectMany(Flatten),
        _ => [],
    };

    private static string ReadClientFile(params string[] parts) => File.ReadAllText(Path.Combine([ClientRoot, .. parts]));

    private static Dictionary<string, string> ReadConstants()
    {
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in ConstantPattern().Matches(ReadClientFile("src", "constants.ts")))
        {
            constants.Add(match.Groups["name"].Value, match.Groups["value"].Value);
        }

        return constants;
    }

    [GeneratedRegex(@"^export const (?<name>[A-Z0-9_]+) = '(?<value>[^']*)';$", RegexOptions.Multiline)]
    private static partial Regex ConstantPattern();

    [GeneratedRegex(@"HISTORY_LOCATOR_LABELS = \[(?<items>[^\]]*)\]")]
    private static partial Regex LocatorLabelsPattern();

    [GeneratedRegex(@"'(?<value>[^']*)'")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"['""`]HistoryCms\.")]
    private static partial Regex AliasLiteralPattern();
}
