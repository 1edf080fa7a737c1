using System.Xml.Linq;
using HistoryCms.Core.ContentModel;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Umbraco.PropertyEditors;
using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Dictionary;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using UmbracoContent = Umbraco.Cms.Core.Models.Content;

namespace HistoryCms.Umbraco.Tests.PropertyEditors;

/// <summary>
/// A first uSync import of the sample content into an empty site, replayed in uSync's order: SyncFileService.GetFolderItemsAsync
/// orders files by <c>Level * 1000 + SortOrder</c> and SyncHandlerLevelBase imports level by level (uSync.BackOffice,
/// branch v15/dev; ties in file-path order), and ContentSerializer.PublishItem publishes each item as it is imported with
/// <c>IContentService.Publish(item, [])</c>. Umbraco's publish (src/Umbraco.Core/Services/ContentService.cs, release/17.4.2)
/// refuses an item whose parent is not published ("FailedPublishPathNotPublished") and validates invariant content with
/// the real <see cref="PropertyValidationService.IsPropertyDataValid"/> for <see cref="CultureImpactFactory.ImpactInvariant"/>,
/// which runs our value editors. The content store holds only what has been imported so far.
/// </summary>
public sealed class USyncFirstImportTests
{
    private readonly ImportedSite _site = new();

    [Fact]
    public void Every_sample_item_publishes_in_one_pass_in_uSyncs_order()
    {
        var failures = new List<string>();
        foreach (var file in USyncOrder(RepositoryRoot.Combine("uSync", "v17", "Content")))
        {
            var outcome = _site.ImportAndPublish(file);
            if (outcome is not null)
            {
                failures.Add($"{Path.GetFileName(file.Path)}: {outcome}");
            }
        }

        Assert.Empty(failures);
        Assert.Equal(Directory.GetFiles(RepositoryRoot.Combine("uSync", "v17", "Content"), "*.config").Length, _site.Published.Count);
    }

    [Fact]
    public void The_post_imported_before_the_documents_it_cites_is_published_with_a_warning_naming_each()
    {
        var files = USyncOrder(RepositoryRoot.Combine("uSync", "v17", "Content")).ToList();
        UmbracoContent? post = null;
        foreach (var file in files.TakeWhile(f => !Path.GetFileName(f.Path).StartsWith("speech-by-", StringComparison.Ordinal)))
        {
            Assert.Null(_site.ImportAndPublish(file));
            post = _site.Items.Values.FirstOrDefault(i => i.ContentType.Alias == HistoryCms.Core.HistoryAliases.ContentTypes.BlogPost) ?? post;
        }

        var notification = new ContentPublishingNotification(post!, new EventMessages());
        _site.WarningsHandler.Handle(notification);

        var warnings = notification.Messages.GetAll().ToList();
        Assert.Equal(4, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(EventMessageType.Warning, w.MessageType));
        Assert.All(warnings, w => Assert.Contains("cites a document that cannot be found", w.Message, StringComparison.Ordinal));
        Assert.False(notification.Cancel);
    }

    [Fact]
    public void An_editors_own_save_is_still_told_that_a_cited_document_does_not_exist()
    {
        var post = USyncOrder(RepositoryRoot.Combine("uSync", "v17", "Content"))
            .Single(f => f.Element.Element("Info")?.Element("ContentType")?.Value == HistoryCms.Core.HistoryAliases.ContentTypes.BlogPost);
        var citations = post.Element.Element("Properties")!.Element(HistoryCms.Core.HistoryAliases.Properties.Citations)!.Element("Value")!.Value;
        var editor = _site.Editors[HistoryCms.Core.HistoryAliases.Editors.DocumentCitations]!.GetValueEditor(new DocumentCitationsConfiguration());

        var asEditor = NestedResults.Flatten(editor.Validate(citations, false, null, ValidationContexts.EditorsOwnSave));
        var asImport = NestedResults.Flatten(editor.Validate(citations, false, null, ValidationContexts.ContentServicePublish));

        Assert.Equal(4, asEditor.Count(m => m.Message.Contains("cannot be found", StringComparison.Ordinal)));
        Assert.Empty(asImport);
    }

    /// <summary>uSync's import order: SyncFileService orders by Level * 1000 + SortOrder; equal keys keep file-path order.</summary>
    private static IEnumerable<(string Path, XElement Element)> USyncOrder(string folder) =>
        Directory.GetFiles(folder, "*.config")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Element: XElement.Load(path)))
            .OrderBy(f => (int.Parse(f.Element.Attribute("Level")!.Value, System.Globalization.CultureInfo.InvariantCulture) * 1000)
                + int.Parse(f.Element.Element("Info")!.Element("SortOrder")!.Value, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An empty Umbraco site as far as publishing needs it: real content types, data types, editors and validation.</summary>
    private sealed class ImportedSite
    {
        private readonly UmbracoSite _cache = new();
        private readonly Dictionary<Guid, IDocumentEntitySlim> _entities = [];
        private readonly Dictionary<string, IContentType> _types = [];
        private readonly Dictionary<Guid, IDataType> _dataTypes = [];
        private readonly PropertyValidationService _validation;
        private readonly CultureImpactFactory _impacts = new(Substitute.For<IOptionsMonitor<ContentSettings>>());

        public ImportedSite()
        {
            var entityService = Substitute.For<IEntityService>();
            entityService.Get(Arg.Any<Guid>(), UmbracoObjectTypes.Document).Returns(call => _entities.GetValueOrDefault(call.Arg<Guid>()));
            var lookup = _cache.Lookup;
            var factory = new DataValueEditorFactory(new ServiceCollection()
                .AddSingleton(UmbracoTestObjects.ShortStringHelper)
                .AddSingleton<IJsonSerializer>(UmbracoTestObjects.Json)
                .AddSingleton(UmbracoTestObjects.IOHelper)
                .AddSingleton(ProgramBlockKindCollection.BuiltIn)
                .AddSingleton(entityService)
                .AddSingleton(lookup)
                .AddSingleton<DocumentCitationsValueValidator>()
                .BuildServiceProvider());
            IEnumerable<IDataEditor> editors = UmbracoTestObjects.BuiltInEditorAliases
                .Select(alias => (IDataEditor)new BuiltInEditor(factory, alias))
                .Append(new DocumentCitationsDataEditor(factory, UmbracoTestObjects.IOHelper, new DocumentCitationsIndexValueFactory(lookup)))
                .Append(new ProgramBlocksDataEditor(factory, UmbracoTestObjects.IOHelper, ProgramBlockKindCollection.BuiltIn))
                .ToArray();
            Editors = new PropertyEditorCollection(new DataEditorCollection(() => editors));
            var dataTypeService = Substitute.For<IDataTypeService>();
#pragma warning disable CS0618 // PropertyValidationService itself calls the synchronous lookup.
            dataTypeService.GetDataType(Arg.Any<int>()).Returns(call => _dataTypes.Values.FirstOrDefault(d => d.Id == call.Arg<int>()));
#pragma warning restore CS0618
            _validation = new PropertyValidationService(Editors, dataTypeService, Substitute.For<ILocalizedTextService>(),
                new ValueEditorCache(), Substitute.For<ICultureDictionary>(),
                Substitute.For<ILanguageService>(), Options.Create(new ContentSettings()));
            WarningsHandler = new UnresolvedReferencesPublishingHandler(lookup, entityService, ProgramBlockKindCollection.BuiltIn,
                NullLogger<UnresolvedReferencesPublishingHandler>.Instance);
        }

        public PropertyEditorCollection Editors { get; }

        public UnresolvedReferencesPublishingHandler WarningsHandler { get; }

        public Dictionary<Guid, UmbracoContent> Items { get; } = [];

        public HashSet<Guid> Published { get; } = [];

        /// <summary>Saves the item (uSync's serializer), then publishes it as IContentService.Publish would; returns why it failed, or null.</summary>
        public string? ImportAndPublish((string Path, XElement Element) file)
        {
            var info = file.Element.Element("Info")!;
            var key = Guid.Parse(file.Element.Attribute("Key")!.Value);
            var parentKey = Guid.Parse(info.Element("Parent")!.Attribute("Key")!.Value);
            var type = TypeOf(info.Element("ContentType")!.Value);
            var item = new UmbracoContent(info.Element("NodeName")!.Attribute("Default")!.Value, Items.TryGetValue(parentKey, out var parent) ? parent.Id : -1, type)
            {
                Key = key,
                Id = 9000 + Items.Count,
                SortOrder = int.Parse(info.Element("SortOrder")!.Value, System.Globalization.CultureInfo.InvariantCulture),
            };
            foreach (var property in file.Element.Element("Properties")!.Elements())
            {
                var value = property.Element("Value")?.Value;
                item.SetValue(property.Name.LocalName, string.IsNullOrEmpty(value) ? null : value);
            }

            Save(item, Items.ContainsKey(parentKey) ? parentKey : null);
            if (parentKey != Guid.Empty && !Published.Contains(parentKey))
            {
                return "FailedPublishPathNotPublished (parent is not published)";
            }

            if (!_validation.IsPropertyDataValid(item, out var invalid, _impacts.ImpactInvariant()))
            {
                return "FailedPublishContentInvalid: " + string.Join(", ", invalid.Select(p => p.Alias));
            }

            Published.Add(key);
            return null;
        }

        private void Save(UmbracoContent item, Guid? parentKey)
        {
            Items[item.Key] = item;
            _entities[item.Key] = new DocumentEntitySlim { Id = item.Id, Key = item.Key, Name = item.Name, ContentTypeAlias = item.ContentType.Alias };

            // A saved item is a draft: the validators look it up in preview.
            _cache.Published.Add(item.ContentType.Alias, item.Name!, item.Key, parentKey, item.Id, draft: true,
                values: [.. item.Properties.Select(p => (p.Alias, p.GetValue()))]);
        }

        private IContentType TypeOf(string alias)
        {
            if (_types.TryGetValue(alias, out var existing))
            {
                return existing;
            }

            var definition = HistoryContentModel.FindContentType(alias)!;
            var type = new ContentType(UmbracoTestObjects.ShortStringHelper, -1) { Alias = alias, Name = definition.Name, Key = definition.Key, Id = 100 + _types.Count };
            foreach (var property in definition.Properties)
            {
                type.AddPropertyType(new PropertyType(UmbracoTestObjects.ShortStringHelper, DataTypeOf(property.DataTypeKey), property.Alias)
                {
                    Name = property.Name,
                    Mandatory = property.Mandatory,
                    ValidationRegExp = property.ValidationRegex,
                });
            }

            foreach (var composition in definition.Compositions)
            {
                type.AddContentType((IContentTypeComposition)TypeOf(composition));
            }

            _types[alias] = type;
            return type;
        }

        private IDataType DataTypeOf(Guid key)
        {
            if (_dataTypes.TryGetValue(key, out var existing))
            {
                return existing;
            }

            var definition = HistoryContentModel.FindDataType(key)!;
            var dataType = new DataType(Editors[definition.EditorAlias]!, UmbracoTestObjects.Json)
            {
                Id = 500 + _dataTypes.Count,
                Key = key,
                ConfigurationData = new Dictionary<string, object>(definition.Configuration),
            };
            _dataTypes[key] = dataType;
            return dataType;
        }
    }

    /// <summary>
    /// A stand-in for one of Umbraco's built-in editors (they live in Umbraco.Infrastructure): a plain <see cref="DataValueEditor"/>,
    /// so the property's mandatory and regex settings are checked by Core's own RequiredValidator and RegexValidator.
    /// </summary>
    [HideFromTypeFinder]
    private sealed class BuiltInEditor : DataEditor
    {
        public BuiltInEditor(IDataValueEditorFactory factory, string alias)
            : base(factory) => Alias = alias;

        protected override IDataValueEditor CreateValueEditor() => new DataValueEditor(UmbracoTestObjects.ShortStringHelper, UmbracoTestObjects.Json);
    }
}
