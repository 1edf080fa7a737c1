using HistoryCms.Core.Archival;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Core.Tests.Citations;

public sealed class CitedDocumentMappingTests
{
    private static readonly Guid Key = new("6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61");

    [Theory]
    [InlineData("RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.", "RGANI, f. 5, op. 49, d. 131, ll. 193–194", "RGANI, f. 5, op. 49, d. 131, l. 193ob")]
    [InlineData("GARF, f. 1235, op.1, d. 16, ll. 5-7ob.", "GARF, f. 1235, op. 1, d. 16, ll. 5–7ob.", "GARF, f. 1235, op. 1, d. 16, l. 193ob")]
    [InlineData("RGASPI f. 495, op. 99, d. 22, l. 7.", "RGASPI, f. 495, op. 99, d. 22, l. 7", "RGASPI, f. 495, op. 99, d. 22, l. 193ob")]
    [InlineData("BArch, B 136/59748, 403-410. Contributed, transcribed, and translated by Stephan Kieninger.", "BArch, B 136/59748, 403–410", "BArch, B 136/59748, fol. 193ob")]
    [InlineData("Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1.", "Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1", "Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1, fol. 193ob")]
    public void A_locator_narrows_the_parsed_reference_of_the_fixture_sources(string source, string reference, string narrowed)
    {
        var cited = CitedReference.From(ArchivalReference.Parse(source))!;

        Assert.Equal(reference, cited.Text);
        Assert.Equal(narrowed, cited.WithLocator(CitationLocator.Of(LocatorLabel.Folio, "193ob")));
        Assert.Equal(reference, cited.WithLocator(null));
    }

    [Fact]
    public void The_locator_goes_where_the_range_was_when_parts_follow_it()
    {
        var cited = new CitedReference("A, f. 1, ll. 3–4, Collection X", "A, f. 1", ReferenceConvention.Russian, "Collection X");

        Assert.Equal("A, f. 1, l. 3, Collection X", cited.WithLocator(CitationLocator.Of(LocatorLabel.Folio, "3")));
    }

    [Fact]
    public void An_archival_document_read_from_stored_values_becomes_a_cited_document()
    {
        var item = new ContentItem(Key, HistoryAliases.ContentTypes.ArchivalDocument, "Record of Conversation with Mao Zedong", null, 0, 3,
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "/archive/record/", new Dictionary<string, string?>
            {
                [P.OriginalTitle] = "Запись беседы с Мао Цзэдуном",
                [P.RomanizedTitle] = "Zapis’ besedy s Mao Tszedunom",
                [P.DocumentDate] = "1958-07-31",
                [P.Genre] = "[\"Memorandum of Conversation\"]",
                [P.OriginalLanguages] = "[\"ru\"]",
                [P.Source] = "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.",
                [P.Subjects] = "[\"Korean War, 1950-1953\"]",
            });
        var lookup = new TestContent();
        lookup.Add(item);

        var document = new ContentCitedDocuments(lookup, i => "https://archive.example.org" + i.RoutePath).Find(Key)!;

        Assert.Equal("July 31, 1958", document.PrintedDate);
        Assert.Equal(["Gary Goldberg"], document.Translators);
        Assert.Equal(["ru"], document.Languages);
        Assert.Equal("memorandum of conversation", CitationTitles.Genre(document.Genre));
        Assert.Equal(
            "“Zapis’ besedy s Mao Tszedunom” [Record of Conversation with Mao Zedong], memorandum of conversation, trans. Gary Goldberg, July 31, 1958, RGANI, f. 5, op. 49, d. 131, l. 193ob, Wilson Center Digital Archive, https://archive.example.org/archive/record/.",
            new CitationFormatter(CitedDocuments.Options).Note(document, CitationLocator.Of(LocatorLabel.Folio, "193ob")));
    }

    [Fact]
    public void A_date_the_record_holds_in_words_no_parser_reads_is_printed_as_is()
    {
        var item = TestContent.Document(Key, "Note", new() { [P.DocumentDate] = "Spring, probably 1951" });
        var lookup = new TestContent();
        lookup.Add(item);

        var document = new ContentCitedDocuments(lookup).Find(Key)!;

        Assert.Null(document.Date);
        Assert.Equal("Note, Spring, probably 1951, Wilson Center Digital Archive.", new CitationFormatter(CitedDocuments.Options).Note(document with { RoutePath = null }, null));
    }

    [Fact]
    public void Only_archival_documents_are_cited_documents()
    {
        Assert.Null(new ContentCitedDocuments(TestContent.Sample()).Find(TestContent.PostKey));
        Assert.Null(new ContentCitedDocuments(TestContent.Sample()).Find(Guid.NewGuid()));
    }
}
