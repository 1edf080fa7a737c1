using HistoryCms.Import.LegacyPosts;

namespace HistoryCms.Import.Tests.LegacyPosts;

public class ArchiveLinksTests
{
    private static readonly string[] Hosts = [LegacyPostOptions.WilsonCenterArchiveHost];

    [Theory]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/300653", "300653")]
    [InlineData("http://digitalarchive.wilsoncenter.org/document/300653/", "300653")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/letter-jawaharlal-nehru-all-provincial-premiers", "300653")]
    [InlineData("/document/letter-jawaharlal-nehru-all-provincial-premiers", "300653")]
    [InlineData("/document/LETTER-JAWAHARLAL-NEHRU-ALL-PROVINCIAL-PREMIERS?lang=en#p2", "300653")]
    public void A_link_to_an_imported_document_resolves_to_its_record(string href, string recordId)
    {
        var link = ArchiveLinks.Resolve(href, Hosts, Lookup());

        Assert.True(link.IsKnown);
        Assert.Equal((recordId, ImportKeys.DocumentKey(recordId)), (link.RecordId, link.DocumentKey));
    }

    [Theory]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/999999", true)]
    [InlineData("/document/a-document-never-imported", true)]
    [InlineData("https://www.un.org/document/300653", false)]
    [InlineData("https://digitalarchive.wilsoncenter.org/search?q=korea", false)]
    [InlineData("document/300653", false)]
    [InlineData("mailto:someone@example.org", false)]
    public void Other_links_are_not_citations(string href, bool isArchiveDocument)
    {
        var link = ArchiveLinks.Resolve(href, Hosts, Lookup());

        Assert.False(link.IsKnown);
        Assert.Equal(isArchiveDocument, link.IsArchiveDocument);
    }

    private static ImportLookup Lookup()
    {
        var lookup = ImportLookup.From([]);
        lookup.AddDocument("300653", "https://digitalarchive.wilsoncenter.org/document/letter-jawaharlal-nehru-all-provincial-premiers");
        return lookup;
    }
}
