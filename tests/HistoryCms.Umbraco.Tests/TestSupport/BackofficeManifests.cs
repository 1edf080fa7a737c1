using System.Text.Json;
using Acornima;
using Acornima.Ast;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>One extension manifest of the backoffice package, as its JavaScript module declares it.</summary>
/// <param name="Type">The extension type, e.g. <c>propertyEditorUi</c>.</param>
/// <param name="Alias">The alias.</param>
/// <param name="SchemaAlias">A property editor UI's <c>meta.propertyEditorSchemaAlias</c>.</param>
/// <param name="SettingsKeys">The aliases of <c>meta.settings.properties</c>, the configuration keys the UI or schema edits.</param>
/// <param name="SettingsComplete">Whether every settings property could be read (literal or a constant of the same file).</param>
/// <param name="File">The module it was read from, relative to the package.</param>
internal sealed record BackofficeManifest(string Type, string Alias, string? SchemaAlias, IReadOnlyList<string> SettingsKeys, bool SettingsComplete, string File);

/// <summary>
/// The extension manifests of the real backoffice client, @umbraco-cms/backoffice 17.1.0, read from
/// src/HistoryCms.Backoffice/node_modules (eng/test.sh runs <c>npm ci</c> before the .NET tests). Each module under
/// dist-cms/packages that mentions one of the wanted extension types is parsed as an ES module and every object
/// literal with a literal <c>type</c> and <c>alias</c> is taken; a settings property written as a constant of the same
/// module (e.g. the text box's <c>inputTypeConfig</c>) is followed.
/// </summary>
internal static class BackofficeManifests
{
    /// <summary>The version of the backoffice package the package's client is built and tested against.</summary>
    public const string ExpectedVersion = "17.1.0";

    private static readonly string[] Types = ["propertyEditorUi", "propertyEditorSchema", "tiptapExtension", "tiptapToolbarExtension"];

    private static readonly Lazy<IReadOnlyList<BackofficeManifest>> All = new(Read);

    /// <summary>The folder of the installed package.</summary>
    public static string PackageFolder { get; } = RepositoryRoot.Combine("src", "HistoryCms.Backoffice", "node_modules", "@umbraco-cms", "backoffice");

    /// <summary>Every manifest of the wanted types.</summary>
    public static IReadOnlyList<BackofficeManifest> Manifests => All.Value;

    /// <summary>The manifests of one type, by alias (the first declaration wins).</summary>
    /// <param name="type">The extension type.</param>
    /// <returns>The manifests by alias.</returns>
    public static IReadOnlyDictionary<string, BackofficeManifest> OfType(string type) =>
        Manifests.Where(m => m.Type == type).GroupBy(m => m.Alias, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The version in the installed package.json.</summary>
    /// <returns>The version string.</returns>
    public static string InstalledVersion()
    {
        EnsureInstalled();
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(PackageFolder, "package.json")));
        return document.RootElement.GetProperty("version").GetString() ?? string.Empty;
    }

    private static void EnsureInstalled()
    {
        if (!File.Exists(Path.Combine(PackageFolder, "package.json")))
        {
            throw new InvalidOperationException(
                $"The backoffice client package is not installed ({PackageFolder} is missing). Run `npm ci` in src/HistoryCms.Backoffice "
                + "(eng/test.sh does) before these tests: they check the content model against its manifests.");
        }
    }

    private static List<BackofficeManifest> Read()
    {
        EnsureInstalled();
        string packages = Path.Combine(PackageFolder, "dist-cms", "packages");
        var manifests = new List<BackofficeManifest>();
        foreach (string file in Directory.EnumerateFiles(packages, "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string code = File.ReadAllText(file);
            if (!Types.Any(type => code.Contains($"'{type}'", StringComparison.Ordinal)))
            {
                continue;
            }

            Module module = new Parser().ParseModule(code, file);
            var collector = new ManifestCollector(TopLevelConstants(module), Path.GetRelativePath(PackageFolder, file));
            collector.Visit(module);
            manifests.AddRange(collector.Found);
        }

        return manifests;
    }

    private static Dictionary<string, Node> TopLevelConstants(Module module)
    {
        var constants = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (Node statement in module.Body)
        {
            Node? declaration = statement is ExportNamedDeclaration exported ? exported.Declaration : statement;
            if (declaration is not VariableDeclaration variables)
            {
                continue;
            }

            foreach (VariableDeclarator declarator in variables.Declarations)
            {
                if (declarator.Id is Identifier name && declarator.Init is not null)
                {
                    constants[name.Name] = declarator.Init;
                }
            }
        }

        return constants;
    }

    private sealed class ManifestCollector(IReadOnlyDictionary<string, Node> constants, string file) : AstVisitor
    {
        public List<BackofficeManifest> Found { get; } = [];

        protected override object? VisitObjectExpression(ObjectExpression node)
        {
            if (Text(node, "type") is { } type && Types.Contains(type) && Text(node, "alias") is { } alias)
            {
                ObjectExpression? meta = Value(node, "meta") as ObjectExpression;
                var (keys, complete) = SettingsKeys(meta is null ? null : Value(meta, "settings") as ObjectExpression);
                Found.Add(new BackofficeManifest(type, alias, meta is null ? null : Text(meta, "propertyEditorSchemaAlias"), keys, complete, file));
            }

            return base.VisitObjectExpression(node);
        }

        private (IReadOnlyList<string> Keys, bool Complete) SettingsKeys(ObjectExpression? settings)
        {
            if (settings is null || Value(settings, "properties") is not { } properties)
            {
                return ([], true);
            }

            if (Resolve(properties) is not ArrayExpression array)
            {
                return ([], false);
            }

            var keys = new List<string>();
            var complete = true;
            foreach (Node? element in array.Elements)
            {
                if (element is not null && Resolve(element) is ObjectExpression property && Text(property, "alias") is { } key)
                {
                    keys.Add(key);
                }
                else
                {
                    complete = false;
                }
            }

            return (keys, complete);
        }

        private Node Resolve(Node node) => node is Identifier name && constants.TryGetValue(name.Name, out Node? value) ? value : node;

        private Node? Value(ObjectExpression node, string key) =>
            node.Properties.OfType<Property>().FirstOrDefault(p => KeyOf(p) == key)?.Value is { } value ? Resolve(value) : null;

        private string? Text(ObjectExpression node, string key) => Value(node, key) is StringLiteral literal ? literal.Value : null;

        private static string? KeyOf(Property property) => property.Key switch
        {
            Identifier identifier when !property.Computed => identifier.Name,
            StringLiteral literal => literal.Value,
            _ => null,
        };
    }
}
