using System.Text.Json;
using HistoryCms.Core;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Tests.Content;
using HistoryCms.Testing.PublishedContent;
using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.Tests.TestSupport;
using NSubstitute;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.DocumentCitations;

/// <summary>The converter run by Umbraco's real PublishedContentTypeFactory, PublishedPropertyType and PropertyValueConverterCollection.</summary>
public sealed class DocumentCitationsValueConverterTests
{
    private const string First = "3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c";
    private const string Second = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static readonly Guid DocumentKey = UmbracoSite.RecordKey;

    private static readonly Guid RootKey = new("f57baa12-0000-4000-8000-000000000001");

    private readonly UmbracoSite _content = Content();

    /// <summary>
    /// The post under a site root named "Wilson Center", the record (with its date and type) and a draft in a folder under
    /// the root; Umbraco's published URL provider gives absolute URLs on the site's domain.
    /// </summary>
    private static UmbracoSite Content()
    {
        var content = new UmbracoSite();
        var site = content.Published;
        site.Add(HistoryAliases.ContentTypes.SiteRoot, "History", RootKey, values: (HistoryAliases.Properties.CollectionName, "Wilson Center"));
        var folder = site.Add(HistoryAliases.ContentTypes.ArchiveFolder, "Korean War", parent: RootKey);
        site.Add(
            HistoryAliases.ContentTypes.ArchivalDocument,
            "On the Korean Question",
            DocumentKey,
            folder.Key,
            route: "/archive/6b0c8f34/",
            values:
            [
                (HistoryAliases.Properties.Source, "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg."),
                (HistoryAliases.Properties.DocumentDate, "1958-07-31"),
                (HistoryAliases.Properties.Genre, "[\"Report\"]"),
            ]);
        site.Add(HistoryAliases.ContentTypes.ArchivalDocument, "Record of Conversation with Mao Zedong", UmbracoSite.DraftKey, folder.Key, draft: true);
        site.Add(HistoryAliases.ContentTypes.BlogPost, "Failed Diplomacy", UmbracoSite.PostKey, RootKey);
        site.Urls.GetUrl(Arg.Any<Guid>(), UrlMode.Absolute, Arg.Any<string?>(), Arg.Any<Uri?>())
            .Returns(call => call.ArgAt<Guid>(0) == DocumentKey ? "https://archive.example.org/archive/on-the-korean-question/" : "#");
        return content;
    }

    private static string Value => $$$"""
        {"v":1,"citations":[
          {"key":"{{{First}}}","documentKey":"{{{DocumentKey}}}","locator":{"label":"folio","value":"193ob"}},
          {"key":"{{{Second}}}","documentKey":"{{{DocumentKey}}}","locator":{"label":"folio","value":"194"},"quote":"Мы"}]}
        """;

    private IPublishedPropertyType PropertyType()
    {
        var dataType = new DataType(UmbracoTestObjects.CitationsEditor(), UmbracoTestObjects.Json) { Id = 11 };
        var dataTypes = Substitute.For<IDataTypeService>();
#pragma warning disable CS0618 // The factory itself still calls the obsolete synchronous lookups.
        dataTypes.GetAll().Returns([dataType]);
        dataTypes.GetAll(Arg.Any<int[]>()).Returns([dataType]);
        dataTypes.GetDataType(11).Returns(dataType);
#pragma warning restore CS0618
        var resolver = new UmbracoCitationSources(_content.Lookup, _content.Published.Urls);
        var converters = new PropertyValueConverterCollection(() => [new DocumentCitationsValueConverter(resolver, _content.Lookup)]);
        var factory = new PublishedContentTypeFactory(new NoopPublishedModelFactory(), converters, dataTypes);
        return factory.CreatePropertyType(new UmbracoSite().Published.ContentType(HistoryAliases.ContentTypes.BlogPost), HistoryAliases.Properties.Citations, 11);
    }

    private static PublishedTestContent Post(string? body) =>
        new UmbracoSite().Published.Add(HistoryAliases.ContentTypes.BlogPost, "Failed Diplomacy", UmbracoSite.PostKey, values: (HistoryAliases.Properties.Body, body));

    [Fact]
    public void Umbraco_picks_the_converter_for_the_editor_alias_with_typed_models_and_elements_caching()
    {
        var propertyType = PropertyType();

        Assert.Equal(typeof(IReadOnlyList<CitationDto>), propertyType.ModelClrType);
        Assert.Equal(typeof(IReadOnlyList<CitationDto>), propertyType.DeliveryApiModelClrType);
        Assert.Equal(PropertyCacheLevel.Elements, propertyType.CacheLevel);
        Assert.Equal(PropertyCacheLevel.Elements, propertyType.DeliveryApiCacheLevel);
    }

    [Fact]
    public void Razor_and_the_delivery_api_get_the_same_numbered_and_formatted_citations()
    {
        var propertyType = PropertyType();
        var post = Post($"<p>x<sup data-citation=\"{Second}\"></sup> y<sup data-citation=\"{First}\"></sup></p>");

        var inter = propertyType.ConvertSourceToInter(post, Value, false);
        var razor = Assert.IsAssignableFrom<IReadOnlyList<CitationDto>>(propertyType.ConvertInterToObject(post, PropertyCacheLevel.Element, inter, false));
        var api = Assert.IsAssignableFrom<IReadOnlyList<CitationDto>>(propertyType.ConvertInterToDeliveryApiObject(post, PropertyCacheLevel.Element, inter, false, false));

        Assert.Equal(JsonSerializer.Serialize(razor), JsonSerializer.Serialize(api));
        Assert.Equal([(Second, 1, (int?)null), (First, 2, 1)], razor.Select(c => (c.Key, c.Number, c.RepeatOf)));
        Assert.Equal(
            "“On the Korean Question,” report, trans. Gary Goldberg, July 31, 1958, RGANI, f. 5, op. 49, d. 131, l. 194, Wilson Center Digital Archive, https://archive.example.org/archive/on-the-korean-question/.",
            razor[0].Formatted.Note);
        Assert.Equal("“On the Korean Question,” l. 193ob.", razor[1].Formatted.ShortNote);
        Assert.Equal(new CitationDocumentDto(DocumentKey, "On the Korean Question", "July 31, 1958", "RGANI, f. 5, op. 49, d. 131, ll. 193–194",
            "/archive/6b0c8f34/", "https://archive.example.org/archive/on-the-korean-question/"), razor[0].Document);
    }

    /// <summary>
    /// The body's source value is what Umbraco 17 stored: RichTextPropertyEditorHelper.SerializeRichTextEditorValue's JSON
    /// envelope, escaped by the BasicLatin JavaScriptEncoder (Infrastructure/PropertyEditors/RichTextPropertyEditor.cs, release/17.4.2).
    /// </summary>
    [Fact]
    public void Notes_are_numbered_by_the_markers_of_a_body_stored_as_Umbracos_json_envelope()
    {
        var propertyType = PropertyType();
        var post = Post(UmbracoStoredRichText.Stored($"<p>x<sup data-citation=\"{Second}\"></sup> y<sup data-citation=\"{First}\"></sup></p>"));

        var inter = propertyType.ConvertSourceToInter(post, Value, false);
        var api = Assert.IsAssignableFrom<IReadOnlyList<CitationDto>>(propertyType.ConvertInterToDeliveryApiObject(post, PropertyCacheLevel.Element, inter, false, false));

        Assert.Equal([(Second, 1), (First, 2)], api.Select(c => (c.Key, c.Number)));
    }

    [Fact]
    public void Preview_resolves_documents_with_drafts()
    {
        var propertyType = PropertyType();
        var post = Post(null);
        var citesDraft = $$"""{"v":1,"citations":[{"key":"{{First}}","documentKey":"{{UmbracoSite.DraftKey}}"}]}""";

        var published = propertyType.ConvertInterToDeliveryApiObject(post, PropertyCacheLevel.Element, propertyType.ConvertSourceToInter(post, citesDraft, false), false, false);
        var preview = propertyType.ConvertInterToDeliveryApiObject(post, PropertyCacheLevel.Element, propertyType.ConvertSourceToInter(post, citesDraft, true), true, false);

        Assert.Null(Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<CitationDto>>(published)).Document);
        Assert.Equal("Record of Conversation with Mao Zedong", Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<CitationDto>>(preview)).Document?.Title);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("""{"v":9,"citations":[]}""")]
    [InlineData("""{"v":1,"citations":[]}""")]
    public void Empty_or_unreadable_values_convert_to_no_citations(string? source)
    {
        var propertyType = PropertyType();
        var post = Post("<sup data-citation=\"x\"></sup>");

        var inter = propertyType.ConvertSourceToInter(post, source, false);

        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<CitationDto>>(propertyType.ConvertInterToObject(post, PropertyCacheLevel.Element, inter, false)));
        Assert.False(propertyType.IsValue(source, PropertyValueLevel.Source));
    }
}
