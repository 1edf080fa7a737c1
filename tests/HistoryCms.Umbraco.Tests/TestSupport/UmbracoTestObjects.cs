using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Strings;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>Umbraco's real helper objects, built the way a site builds them (no database involved).</summary>
internal static class UmbracoTestObjects
{
    /// <summary>The editor aliases of the built-in Umbraco editors the content model uses (they live in Infrastructure).</summary>
    public static readonly string[] BuiltInEditorAliases =
    [
        "Umbraco.TextBox", "Umbraco.TextArea", "Umbraco.RichText", "Umbraco.MultiNodeTreePicker", "Umbraco.MediaPicker3",
        "Umbraco.Tags", "Umbraco.DateTime", "Umbraco.DropDown.Flexible", "Umbraco.MultipleTextstring", "Umbraco.MultiUrlPicker",
        "Umbraco.EmailAddress", "Umbraco.ListView",
    ];

    public static IShortStringHelper ShortStringHelper { get; } =
        new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    public static SystemTextJsonSerializer Json { get; } = new();

    public static IIOHelper IOHelper { get; } = Substitute.For<IIOHelper>();

    /// <summary>The published content the citations editor validates against (the shared builder, under the package's real lookup).</summary>
    public static UmbracoSite Content { get; } = UmbracoSite.Sample();

    /// <summary>Umbraco's own value editor factory, resolving value editor dependencies from a small container.</summary>
    public static IDataValueEditorFactory ValueEditorFactory { get; } = new DataValueEditorFactory(
        new ServiceCollection()
            .AddSingleton(ShortStringHelper)
            .AddSingleton<IJsonSerializer>(Json)
            .AddSingleton(IOHelper)
            .AddSingleton(ProgramBlockKindCollection.BuiltIn)
            .AddSingleton(Substitute.For<IEntityService>())
            .AddSingleton(Content.Lookup)
            .AddSingleton<DocumentCitationsValueValidator>()
            .BuildServiceProvider());

    public static DocumentCitationsDataEditor CitationsEditor() => new(ValueEditorFactory, IOHelper, new DocumentCitationsIndexValueFactory(Content.Lookup));

    public static ProgramBlocksDataEditor BlocksEditor() => new(ValueEditorFactory, IOHelper, ProgramBlockKindCollection.BuiltIn);

    /// <summary>A site's property editors: the built-in ones the model needs (plain declarations) and ours.</summary>
    /// <param name="except">Editor aliases to leave out, to play a site that lacks them.</param>
    public static PropertyEditorCollection PropertyEditors(params string[] except)
    {
        IEnumerable<IDataEditor> editors = BuiltInEditorAliases
            .Select(alias => (IDataEditor)new DataEditor(ValueEditorFactory) { Alias = alias })
            .Append(CitationsEditor())
            .Append(BlocksEditor())
            .Where(editor => !except.Contains(editor.Alias))
            .ToArray();
        return new PropertyEditorCollection(new DataEditorCollection(() => editors));
    }
}
