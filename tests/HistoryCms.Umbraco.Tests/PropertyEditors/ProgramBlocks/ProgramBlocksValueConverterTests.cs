using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Testing.PublishedContent;
using HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;
using HistoryCms.Umbraco.Tests.TestSupport;
using HistoryCms.Web.Rendering;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Templates;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;
using UmbracoConfiguration = HistoryCms.Umbraco.PropertyEditors.ProgramBlocks.ProgramBlocksConfiguration;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.ProgramBlocks;

/// <summary>The converter run by Umbraco's real PublishedContentTypeFactory and PublishedPropertyType.</summary>
public sealed class ProgramBlocksValueConverterTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly UmbracoSite _site = new();
    private readonly PublishedTestContent _program;
    private readonly PublishedTestContent _project;

    public ProgramBlocksValueConverterTests()
    {
        _program = _site.Published.Add(A.Program, "History and Public Policy Program", values: (P.ShortDescription, "Makes public the primary source record."));
        _project = _site.Published.Add(A.Program, "Cold War International History Project", parent: _program.Key, values: (P.ShortDescription, "Supports the release of historical materials."));
        _site.Published.Add(A.BlogPost, "Failed Diplomacy", values: [(P.Programs, $"umb://document/{_program.Key:N}"), (P.PublishDate, new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc))]);
        _site.Published.Add(A.BlogPost, "Not yet", values: [(P.Programs, $"umb://document/{_program.Key:N}"), (P.PublishDate, new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc))]);
    }

    private IPublishedPropertyType PropertyType(UmbracoConfiguration configuration)
    {
        var editor = UmbracoTestObjects.BlocksEditor();
        var dataType = new DataType(editor, UmbracoTestObjects.Json) { Id = 7, ConfigurationData = new Dictionary<string, object>
        {
            ["allowedKinds"] = configuration.AllowedKinds.ToArray(), ["minItems"] = 0, ["maxItems"] = 0,
        } };
        var dataTypes = Substitute.For<IDataTypeService>();
#pragma warning disable CS0618 // The factory itself still calls the obsolete synchronous lookups.
        dataTypes.GetAll().Returns([dataType]);
        dataTypes.GetAll(Arg.Any<int[]>()).Returns([dataType]);
        dataTypes.GetDataType(7).Returns(dataType);
#pragma warning restore CS0618
        var converter = new ProgramBlocksValueConverter(ProgramBlockKindCollection.BuiltIn, _site.Lookup, new MarkingSanitizer(), new FixedTime(Now));
        var factory = new PublishedContentTypeFactory(new NoopPublishedModelFactory(), new PropertyValueConverterCollection(() => [converter]), dataTypes);
        return factory.CreatePropertyType(_site.Published.ContentType(A.Program), P.Blocks, 7);
    }

    private string Value => $$$"""
        {"v":2,"blocks":[
          {"key":"0d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"richText","content":{"markup":"<p>About</p>"},"settings":{"heading":"About"}},
          {"key":"1d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"projectPromos","content":{"items":[{"program":"{{{_project.Key}}}"},{"program":"{{{Guid.NewGuid()}}}"}]}},
          {"key":"2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"latestPosts","content":{"count":3}},
          {"key":"3d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"richText","content":{"markup":"<p>hidden</p>"},"settings":{"hidden":true}}]}
        """;

    [Fact]
    public void Umbraco_picks_the_converter_for_the_editor_alias()
    {
        var propertyType = PropertyType(new UmbracoConfiguration());

        Assert.Equal(typeof(IReadOnlyList<DeliveredProgramBlock>), propertyType.ModelClrType);
        Assert.Equal(typeof(IReadOnlyList<DeliveredProgramBlock>), propertyType.DeliveryApiModelClrType);
    }

    [Fact]
    public void Razor_and_the_delivery_API_get_the_same_expanded_blocks()
    {
        var propertyType = PropertyType(new UmbracoConfiguration());

        var inter = propertyType.ConvertSourceToInter(_program, Value, false);
        var razor = Assert.IsAssignableFrom<IReadOnlyList<DeliveredProgramBlock>>(propertyType.ConvertInterToObject(_program, PropertyCacheLevel.None, inter, false));
        var api = Assert.IsAssignableFrom<IReadOnlyList<DeliveredProgramBlock>>(propertyType.ConvertInterToDeliveryApiObject(_program, PropertyCacheLevel.None, inter, false, false));

        Assert.Equal(["richText", "projectPromos", "latestPosts"], razor.Select(b => b.Kind));
        Assert.Equal(razor.Select(b => b.Kind), api.Select(b => b.Kind));
        Assert.Equal("[sanitized]<p>About</p>", Assert.IsType<RichTextBlockContent>(razor[0].Content).Markup);
        var promo = Assert.Single(Assert.IsType<ProjectPromosBlockContent>(razor[1].Content).Items);
        Assert.Equal(("Cold War International History Project", "/cold-war-international-history-project/", "Supports the release of historical materials."),
            (promo.Program.Name, promo.Program.Route.Path, promo.Text));
        Assert.Equal(["Failed Diplomacy"], Assert.IsType<LatestPostsBlockContent>(api[2].Content).Posts.Select(p => p.Name));
    }

    [Fact]
    public void A_property_that_may_hold_latest_posts_is_never_cached()
    {
        var propertyType = PropertyType(new UmbracoConfiguration());

        Assert.Equal(PropertyCacheLevel.None, propertyType.CacheLevel);
        Assert.Equal(PropertyCacheLevel.None, propertyType.DeliveryApiCacheLevel);
    }

    [Fact]
    public void A_property_of_static_kinds_only_is_cached_until_content_changes()
    {
        var propertyType = PropertyType(new UmbracoConfiguration { AllowedKinds = ["richText", "projectPromos"] });

        Assert.Equal(PropertyCacheLevel.Elements, propertyType.CacheLevel);
        Assert.Equal(PropertyCacheLevel.Elements, propertyType.DeliveryApiCacheLevel);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("""{"v":2,"blocks":[]}""")]
    public void Empty_or_broken_values_convert_to_no_blocks(string? source)
    {
        var propertyType = PropertyType(new UmbracoConfiguration());

        var inter = propertyType.ConvertSourceToInter(_program, source, false);

        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<DeliveredProgramBlock>>(propertyType.ConvertInterToObject(_program, PropertyCacheLevel.None, inter, false)));
        Assert.False(propertyType.IsValue(source, PropertyValueLevel.Source));
    }

    /// <summary>
    /// Umbraco's Tiptap link tool stores a link to a page as <c>&lt;a href="/{localLink:&lt;guid&gt;}" type="document"&gt;</c>;
    /// Umbraco resolves it with HtmlLocalLinkParser.EnsureInternalLinks (src/Umbraco.Core/Templates/HtmlLocalLinkParser.cs,
    /// release/17.4.2), here the real class from Umbraco.Cms.Core 17.8.1 over a test double of the URL provider.
    /// </summary>
    [Fact]
    public void Links_written_by_the_tiptap_link_tool_in_a_rich_text_block_resolve_to_the_pages_url()
    {
        var urls = Substitute.For<IPublishedUrlProvider>();
        urls.GetUrl(_project.Key, UrlMode.Default, Arg.Any<string?>()).Returns("/programs/cold-war-international-history-project/");
        var converter = new ProgramBlocksValueConverter(ProgramBlockKindCollection.BuiltIn, _site.Lookup, new HistoryHtmlSanitizer(), new FixedTime(Now), new HtmlLocalLinkParser(urls));
        var value = $$$$"""{"v":2,"blocks":[{"key":"0d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"richText","content":{"markup":"<p>See <a href=\"/{localLink:{{{{_project.Key}}}}}\" type=\"document\" title=\"CWIHP\">the project</a>.</p>"}}]}""";

        var blocks = Assert.IsAssignableFrom<IReadOnlyList<DeliveredProgramBlock>>(
            converter.ConvertIntermediateToDeliveryApiObject(_program, null!, PropertyCacheLevel.None, ProgramBlockList.Parse(value), false, false));

        var markup = Assert.IsType<RichTextBlockContent>(Assert.Single(blocks).Content).Markup;
        Assert.Contains("href=\"/programs/cold-war-international-history-project/\"", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("localLink", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_without_AddHistoryPages_delivers_rich_text_blocks_sanitized_not_flattened()
    {
        var services = new ServiceCollection();
        PackageBuilder.Create(services).AddHistoryCms();
        var sanitizer = services.BuildServiceProvider().GetRequiredService<HistoryCms.Core.Content.IHtmlSanitizer>();
        var converter = new ProgramBlocksValueConverter(ProgramBlockKindCollection.BuiltIn, _site.Lookup, sanitizer, new FixedTime(Now));
        var value = """{"v":2,"blocks":[{"key":"0d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"richText","content":{"markup":"<p>The <strong>Korean</strong> question<script>x()</script></p><ul><li>one</li></ul>"}}]}""";

        var blocks = Assert.IsAssignableFrom<IReadOnlyList<DeliveredProgramBlock>>(
            converter.ConvertIntermediateToObject(_program, null!, PropertyCacheLevel.None, ProgramBlockList.Parse(value), false));

        var markup = Assert.IsType<RichTextBlockContent>(Assert.Single(blocks).Content).Markup;
        Assert.Contains("<strong>Korean</strong>", markup, StringComparison.Ordinal);
        Assert.Contains("<li>one</li>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("script", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sanitizer_the_site_registered_is_kept()
    {
        var services = new ServiceCollection();
        services.AddSingleton<HistoryCms.Core.Content.IHtmlSanitizer, MarkingSanitizer>();
        PackageBuilder.Create(services).AddHistoryCms();

        Assert.IsType<MarkingSanitizer>(services.BuildServiceProvider().GetRequiredService<HistoryCms.Core.Content.IHtmlSanitizer>());
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class MarkingSanitizer : HistoryCms.Core.Content.IHtmlSanitizer
    {
        public string Sanitize(string html) => "[sanitized]" + html;
    }
}
