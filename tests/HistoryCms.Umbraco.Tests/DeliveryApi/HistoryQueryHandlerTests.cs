using HistoryCms.Core;
using HistoryCms.Core.Delivery;
using HistoryCms.Umbraco.DeliveryApi;
using HistoryCms.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;

namespace HistoryCms.Umbraco.Tests.DeliveryApi;

public sealed class HistoryQueryHandlerTests
{
    private const string Key = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    private const string Other = "11fb598b-5c51-4d1a-8f2e-0c7594361d15";

    private static Dictionary<string, FieldType> FieldTypes() =>
        new HistoryContentIndexHandler().GetFields().ToDictionary(f => f.FieldName, f => f.FieldType);

    public static TheoryData<IFilterHandler, string, string, FilterOperation, string[]> Filters => new()
    {
        { new AuthorFilterHandler(), $"author:{Key}", HistoryQueryFields.AuthorIds, FilterOperation.Is, [Key] },
        { new AuthorFilterHandler(), $"author:!{Key},{Other}", HistoryQueryFields.AuthorIds, FilterOperation.IsNot, [Key, Other] },
        { new ProgramFilterHandler(), $"program:{Key.ToUpperInvariant()}", HistoryQueryFields.ProgramIds, FilterOperation.Is, [Key] },
        { new CitesDocumentFilterHandler(), $"citesDocument:{Key}", HistoryQueryFields.CitedDocumentIds, FilterOperation.Is, [Key] },
        { new DocumentDateFilterHandler(), "documentDate>:1947-10", HistoryQueryFields.DocumentDate, FilterOperation.GreaterThanOrEqual, ["1947-10-01"] },
        { new DocumentDateFilterHandler(), "documentDate<1948", HistoryQueryFields.DocumentDate, FilterOperation.LessThan, ["1948-01-01"] },
        { new PublishDateFilterHandler(), "publishDate<:2024-05-01", HistoryQueryFields.PublishDate, FilterOperation.LessThanOrEqual, ["2024-05-01"] },
        { new PublishDateFilterHandler(), "publishDate>2024-05-01T10:00:00Z", HistoryQueryFields.PublishDate, FilterOperation.GreaterThan, ["2024-05-01"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void A_filter_handler_builds_the_option_Umbraco_queries_its_index_with(IFilterHandler handler, string query, string field, FilterOperation operation, string[] values)
    {
        Assert.True(handler.CanHandle(query));

        var option = handler.BuildFilterOption(query);

        Assert.Equal((field, operation), (option.FieldName, option.Operator));
        Assert.Equal(values, option.Values);
    }

    [Theory]
    [InlineData("authors:x")]
    [InlineData("author")]
    [InlineData("contentType:author")]
    [InlineData("name:author")]
    public void A_filter_handler_leaves_other_filters_alone(string query)
    {
        Assert.False(new AuthorFilterHandler().CanHandle(query));
    }

    public static TheoryData<IFilterHandler, string> Unparsable => new()
    {
        { new AuthorFilterHandler(), "author:not-a-key" },
        { new AuthorFilterHandler(), "author:" },
        { new CitesDocumentFilterHandler(), "citesDocument:!" },
        { new DocumentDateFilterHandler(), "documentDate>not-a-date" },
        { new DocumentDateFilterHandler(), "documentDate<:1947-13" },
        { new PublishDateFilterHandler(), "publishDate>" },
    };

    [Theory]
    [MemberData(nameof(Unparsable))]
    public void A_filter_that_does_not_parse_gets_a_clause_in_Umbracos_query_that_matches_nothing(IFilterHandler handler, string query)
    {
        Assert.True(handler.CanHandle(query));

        var clause = DeliveryApiFilterClause.For(handler.BuildFilterOption(query), FieldTypes());

        Assert.NotNull(clause);
        Assert.Equal(FilterOperation.Is, clause.Operator);
        Assert.Equal(FieldType.StringRaw, clause.FieldType);
        Assert.True(Guid.TryParse(Assert.Single(clause.Values), out var key));
        Assert.NotEqual(key, Guid.Parse(Key));
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public void A_filter_that_parses_gets_the_clause_it_asks_for_in_Umbracos_query(IFilterHandler handler, string query, string field, FilterOperation operation, string[] values)
    {
        var clause = DeliveryApiFilterClause.For(handler.BuildFilterOption(query), FieldTypes());

        Assert.NotNull(clause);
        Assert.Equal((field, operation), (clause.FieldName, clause.Operator));
        Assert.Equal(values, clause.Values);
    }

    [Theory]
    [InlineData("publishDate:desc", Direction.Descending)]
    [InlineData("publishDate:ASC", Direction.Ascending)]
    [InlineData("publishDate:sideways", Direction.Ascending)]
    public void A_sort_handler_builds_the_sort_option(string query, Direction direction)
    {
        var handler = new PublishDateSortHandler();

        Assert.True(handler.CanHandle(query));
        Assert.False(handler.CanHandle("documentDate:asc"));
        Assert.Equal((HistoryQueryFields.PublishDate, direction), (handler.BuildSortOption(query).FieldName, handler.BuildSortOption(query).Direction));
    }

    [Fact]
    public void The_index_handler_reads_the_published_values_of_a_published_post_not_its_draft()
    {
        // Umbraco indexes on every save, drafts included, and serves the entry of a published culture to visitors
        // (DeliveryApiContentIndexHandleContentChanges.cs, DeliveryApiContentIndexValueSetBuilder.cs@release/17.4.2).
        var published = Guid.NewGuid();
        var drafted = Guid.NewGuid();
        var post = ModelContent.Item(ModelContent.Type(HistoryAliases.ContentTypes.BlogPost), "A post");
        post.SetValue(HistoryAliases.Properties.Authors, $"umb://document/{published:N}");
        post.Published();
        post.SetValue(HistoryAliases.Properties.Authors, $"umb://document/{drafted:N}");

        var values = new HistoryContentIndexHandler().GetFieldValues(post, null).ToDictionary(v => v.FieldName, v => v.Values.ToArray());

        Assert.Equal([published.ToString("D")], values[HistoryQueryFields.AuthorIds]);
    }

    [Fact]
    public void The_index_handler_reads_the_draft_of_a_post_never_published_which_only_preview_queries_see()
    {
        var author = Guid.NewGuid();
        var post = ModelContent.Item(ModelContent.Type(HistoryAliases.ContentTypes.BlogPost), "A draft post");
        post.SetValue(HistoryAliases.Properties.Authors, $"umb://document/{author:N}");

        var values = new HistoryContentIndexHandler().GetFieldValues(post, null).ToDictionary(v => v.FieldName, v => v.Values.ToArray());

        Assert.Equal([author.ToString("D")], values[HistoryQueryFields.AuthorIds]);
    }

    [Fact]
    public void The_index_handler_declares_raw_key_fields_and_date_fields()
    {
        var fields = new HistoryContentIndexHandler().GetFields().ToDictionary(f => f.FieldName, f => f.FieldType);

        Assert.Equal(FieldType.StringRaw, fields[HistoryQueryFields.AuthorIds]);
        Assert.Equal(FieldType.Date, fields[HistoryQueryFields.DocumentDate]);
        Assert.Equal(5, fields.Count);
    }

    [Fact]
    public void The_index_handler_indexes_a_posts_authors_programs_cited_documents_and_publish_date()
    {
        var author = Guid.NewGuid();
        var program = Guid.NewGuid();
        var document = Guid.NewGuid();
        var type = new ContentType(UmbracoTestObjects.ShortStringHelper, -1) { Alias = HistoryAliases.ContentTypes.BlogPost, Name = "Blog post" };
        foreach (var alias in new[] { "authors", "programs", "citations" })
        {
            type.AddPropertyType(new PropertyType(UmbracoTestObjects.ShortStringHelper, "Umbraco.TextArea", ValueStorageType.Ntext, alias));
        }

        type.AddPropertyType(new PropertyType(UmbracoTestObjects.ShortStringHelper, "Umbraco.DateTime", ValueStorageType.Date, "publishDate"));
        var content = new Content("A post", -1, type);
        content.SetValue("authors", $"umb://document/{author:N}");
        content.SetValue("programs", $"umb://document/{program:N}");
        content.SetValue("citations", $$"""{"v":1,"citations":[{"key":"{{Guid.NewGuid()}}","documentKey":"{{document}}"}]}""");
        content.SetValue("publishDate", new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Unspecified));

        var values = new HistoryContentIndexHandler().GetFieldValues(content, null).ToDictionary(v => v.FieldName, v => v.Values.ToArray());

        Assert.Equal([author.ToString("D")], values[HistoryQueryFields.AuthorIds]);
        Assert.Equal([program.ToString("D")], values[HistoryQueryFields.ProgramIds]);
        Assert.Equal([document.ToString("D")], values[HistoryQueryFields.CitedDocumentIds]);
        Assert.Equal([new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc)], values[HistoryQueryFields.PublishDate]);
        Assert.False(values.ContainsKey(HistoryQueryFields.DocumentDate));
    }
}
