using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using UmbracoConfiguration = HistoryCms.Umbraco.PropertyEditors.ProgramBlocks.ProgramBlocksConfiguration;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.ProgramBlocks;

/// <summary>
/// The Program Blocks data editor built the way a site builds it (Umbraco's value editor factory over a container), with a
/// test double for the database-backed entity service that knows the documents a test adds.
/// </summary>
internal sealed class BlocksEditorHarness
{
    private readonly Dictionary<Guid, IDocumentEntitySlim> _documents = [];

    public BlocksEditorHarness(ProgramBlockKindCollection? kinds = null)
    {
        var entities = Substitute.For<IEntityService>();
        entities.Get(Arg.Any<Guid>(), UmbracoObjectTypes.Document).Returns(call => _documents.GetValueOrDefault(call.Arg<Guid>()));
        Kinds = kinds ?? ProgramBlockKindCollection.BuiltIn;
        var factory = new DataValueEditorFactory(new ServiceCollection()
            .AddSingleton(UmbracoTestObjects.ShortStringHelper)
            .AddSingleton<IJsonSerializer>(UmbracoTestObjects.Json)
            .AddSingleton(UmbracoTestObjects.IOHelper)
            .AddSingleton(Kinds)
            .AddSingleton(entities)
            .BuildServiceProvider());
        Editor = new ProgramBlocksDataEditor(factory, UmbracoTestObjects.IOHelper, Kinds);
    }

    public ProgramBlockKindCollection Kinds { get; }

    public ProgramBlocksDataEditor Editor { get; }

    public Guid AddDocument(string contentType, string name, Guid? key = null, bool trashed = false)
    {
        var itemKey = key ?? Guid.NewGuid();
        _documents[itemKey] = new DocumentEntitySlim { Key = itemKey, Name = name, ContentTypeAlias = contentType, Trashed = trashed };
        return itemKey;
    }

    /// <summary>The value editor Umbraco creates for a data type with this configuration.</summary>
    public IDataValueEditor ValueEditor(UmbracoConfiguration? configuration = null) =>
        Editor.GetValueEditor(configuration ?? new UmbracoConfiguration());

    /// <summary>A real property of a real data type using the editor, holding <paramref name="stored"/>.</summary>
    public Property Property(object? stored)
    {
        var dataType = new DataType(Editor, UmbracoTestObjects.Json) { Id = 1234 };
        var property = new Property(new PropertyType(UmbracoTestObjects.ShortStringHelper, dataType, "blocks"));
        property.SetValue(stored);
        return property;
    }
}
