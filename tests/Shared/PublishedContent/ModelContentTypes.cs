using HistoryCms.Core.ContentModel;
using NSubstitute;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Strings;

namespace HistoryCms.Testing.PublishedContent;

/// <summary>
/// The content model's document types as Umbraco holds them: real <see cref="ContentType"/>s (compositions included, each
/// property on a real <see cref="DataType"/> with the model's editor alias and value storage), and their published form built the way
/// Umbraco's published content type cache builds it: <see cref="PublishedContentTypeFactory.CreateContentType(IContentTypeComposition)"/>,
/// giving a real <see cref="PublishedContentType"/> whose <see cref="PublishedPropertyType"/>s look up their data type and
/// value converter (src/Umbraco.Core/Models/PublishedContent/PublishedContentTypeFactory.cs, PublishedContentType.cs,
/// PublishedPropertyType.cs@release/17.4.2).
/// </summary>
/// <remarks>
/// The data types carry no configuration (a plain <see cref="DataEditor"/> per editor alias): a test whose converter reads
/// a data type's configuration builds that property type itself with the real editor.
/// </remarks>
internal sealed class ModelContentTypes
{
    private static readonly IShortStringHelper ShortStrings =
        new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    private readonly Dictionary<Guid, DataType> _dataTypes = [];
    private readonly Dictionary<string, ContentType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IPublishedContentType> _published = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ContentVariation Type, HashSet<string> Properties)> _variants = new(StringComparer.Ordinal);
    private readonly PublishedContentTypeFactory _factory;
    private int _nextId = 1;

    /// <param name="converters">The value converters the published property types choose from (none: source values pass through).</param>
    public ModelContentTypes(IEnumerable<IPropertyValueConverter>? converters = null)
    {
        var editors = Substitute.For<IDataValueEditorFactory>();
        var serializer = Substitute.For<IConfigurationEditorJsonSerializer>();
        foreach (DataTypeDefinition definition in HistoryContentModel.DataTypes)
        {
            _dataTypes[definition.Key] = new DataType(new DataEditor(editors) { Alias = definition.EditorAlias }, serializer)
            {
                Id = _nextId++,
                Key = definition.Key,
                Name = definition.Name,
                EditorUiAlias = definition.EditorUiAlias,
                DatabaseType = ValueTypes.ToStorageType(definition.ValueType),
            };
        }

        var dataTypes = Substitute.For<IDataTypeService>();
#pragma warning disable CS0618 // PublishedContentTypeFactory still calls the obsolete synchronous lookup, GetAll(params int[] ids): no ids means all.
        dataTypes.GetAll(Arg.Any<int[]>()).Returns(call => call.Arg<int[]>() is { Length: > 0 } ids ? _dataTypes.Values.Where(d => ids.Contains(d.Id)) : _dataTypes.Values);
#pragma warning restore CS0618
        IPropertyValueConverter[] list = [.. converters ?? []];
        _factory = new PublishedContentTypeFactory(new NoopPublishedModelFactory(), new PropertyValueConverterCollection(() => list), dataTypes);
        TypeService.GetAll().Returns(_ => HistoryContentModel.ContentTypes.Select(d => (IContentType)Type(d.Alias)));
        TypeService.Get(Arg.Any<string>()).Returns(call =>
            HistoryContentModel.FindContentType(call.Arg<string>()) is null ? null : Type(call.Arg<string>()));
    }

    /// <summary>A content type service over the model's types (Umbraco's navigation maps type aliases to keys through it).</summary>
    public IContentTypeService TypeService { get; } = Substitute.For<IContentTypeService>();

    /// <summary>
    /// Makes a document type and some of its properties vary by culture (the package's own model is invariant; a site may
    /// vary its own types). Call before the type is first used.
    /// </summary>
    /// <param name="alias">The document type alias.</param>
    /// <param name="propertyAliases">The properties that vary by culture.</param>
    public void VaryByCulture(string alias, params string[] propertyAliases)
    {
        if (_types.ContainsKey(alias))
        {
            throw new InvalidOperationException($"The type '{alias}' is already built; set its variation before using it.");
        }

        _variants[alias] = (ContentVariation.Culture, [.. propertyAliases]);
    }

    /// <summary>The model's document type as a real <see cref="ContentType"/>.</summary>
    /// <param name="alias">The document type alias.</param>
    /// <returns>The content type.</returns>
    public ContentType Type(string alias)
    {
        if (_types.TryGetValue(alias, out ContentType? existing))
        {
            return existing;
        }

        ContentTypeDefinition definition = HistoryContentModel.FindContentType(alias)
            ?? throw new ArgumentException($"The model has no document type '{alias}'.", nameof(alias));
        var variant = _variants.GetValueOrDefault(alias, (ContentVariation.Nothing, []));
        var contentType = new ContentType(ShortStrings, -1)
        {
            Id = _nextId++,
            Key = definition.Key,
            Alias = definition.Alias,
            Name = definition.Name,
            IsElement = false,
            Variations = variant.Item1,
        };
        foreach (string composition in definition.Compositions)
        {
            contentType.AddContentType(Type(composition));
        }

        foreach (PropertyDefinition property in definition.Properties)
        {
            DataType dataType = _dataTypes.GetValueOrDefault(property.DataTypeKey)
                ?? throw new InvalidOperationException($"The model has no data type {property.DataTypeKey} for '{alias}.{property.Alias}'.");
            var propertyType = new PropertyType(ShortStrings, dataType, property.Alias)
            {
                Key = property.Key,
                Name = property.Name,
                Variations = variant.Item2.Contains(property.Alias) ? ContentVariation.Culture : ContentVariation.Nothing,
            };
            contentType.AddPropertyType(propertyType, "content", "Content");
        }

        _types[alias] = contentType;
        return contentType;
    }

    /// <summary>The published form of a document type, as Umbraco's published content type cache creates it.</summary>
    /// <param name="alias">The document type alias.</param>
    /// <returns>The published content type.</returns>
    public IPublishedContentType Published(string alias)
    {
        if (!_published.TryGetValue(alias, out IPublishedContentType? published))
        {
            published = _factory.CreateContentType(Type(alias));
            _published[alias] = published;
        }

        return published;
    }
}
