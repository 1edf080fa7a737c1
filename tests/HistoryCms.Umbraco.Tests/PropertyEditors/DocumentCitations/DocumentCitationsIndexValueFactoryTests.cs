using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.Models;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.DocumentCitations;

public sealed class DocumentCitationsIndexValueFactoryTests
{
    private static Property Property(string? value)
    {
        var property = new Property(new PropertyType(UmbracoTestObjects.ShortStringHelper, new DataType(UmbracoTestObjects.CitationsEditor(), UmbracoTestObjects.Json), "citations"));
        property.SetValue(value);
        return property;
    }

    [Fact]
    public void Indexes_cited_titles_references_quotes_and_notes()
    {
        var value = $$"""{"v":1,"citations":[{"key":"k","documentKey":"{{UmbracoSite.RecordKey}}","quote":"Мы не хотим войны","note":"Khrushchev"},{"key":"m","documentKey":"77777777-7777-4777-8777-777777777777"}]}""";

        var index = Assert.Single(new DocumentCitationsIndexValueFactory(UmbracoTestObjects.Content.Lookup)
            .GetIndexValues(Property(value), null, null, published: false, [], new Dictionary<Guid, IContentType>()));

        Assert.Equal("citations", index.FieldName);
        Assert.Equal(
            ["On the Korean Question", "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.", "Мы не хотим войны", "Khrushchev"],
            index.Values.Cast<string>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{broken")]
    public void Indexes_nothing_for_no_or_broken_value(string? value)
    {
        Assert.Empty(new DocumentCitationsIndexValueFactory(UmbracoTestObjects.Content.Lookup)
            .GetIndexValues(Property(value), null, null, published: false, [], new Dictionary<Guid, IContentType>()));
    }
}
