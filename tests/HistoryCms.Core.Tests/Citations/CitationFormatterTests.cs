using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

public sealed class CitationFormatterTests
{
    private static readonly CitationFormatter Formatter = new(CitedDocuments.Options);

    private static CitedDocument? Document(string name) => name switch
    {
        "report" => CitedDocuments.Report,
        "conversation" => CitedDocuments.Conversation,
        "german" => CitedDocuments.German,
        "letter" => CitedDocuments.Letter,
        "bare" => CitedDocuments.Bare,
        _ => null,
    };

    private static CitationLocator? Locator(string? label, string? value) =>
        label is null ? null : new CitationLocator(label, value ?? string.Empty);

    [Theory]
    [InlineData("report", "folio", "193ob",
        "“On the Korean Question,” report, trans. Gary Goldberg, July 31, 1958, RGANI, f. 5, op. 49, d. 131, l. 193ob, Wilson Center Digital Archive, https://archive.example.org/archive/on-the-korean-question/.")]
    [InlineData("report", "folio", "193-194",
        "“On the Korean Question,” report, trans. Gary Goldberg, July 31, 1958, RGANI, f. 5, op. 49, d. 131, ll. 193–194, Wilson Center Digital Archive, https://archive.example.org/archive/on-the-korean-question/.")]
    [InlineData("report", null, null,
        "“On the Korean Question,” report, trans. Gary Goldberg, July 31, 1958, RGANI, f. 5, op. 49, d. 131, ll. 193–194, Wilson Center Digital Archive, https://archive.example.org/archive/on-the-korean-question/.")]
    [InlineData("conversation", "sheet", "2ob",
        "“Zapis’ besedy s Mao Tszedunom” [Record of Conversation with Mao Zedong], memorandum of conversation, trans. Gary Goldberg, July 31, 1958, RGANI, f. 5, op. 49, d. 131, l. 2ob, Wilson Center Digital Archive, https://archive.example.org/archive/record-of-conversation-with-mao-zedong/.")]
    [InlineData("german", "page", "405",
        "“Vermerk zur Koreafrage” [Note on the Korean Question], note, trans. Stephan Kieninger, November 1967, BArch, B 136/59748, p. 405, Wilson Center Digital Archive, https://archive.example.org/archive/note-on-the-korean-question/.")]
    [InlineData("german", "folio", "12r-13v",
        "“Vermerk zur Koreafrage” [Note on the Korean Question], note, trans. Stephan Kieninger, November 1967, BArch, B 136/59748, fols. 12r–13v, Wilson Center Digital Archive, https://archive.example.org/archive/note-on-the-korean-question/.")]
    [InlineData("letter", "page", "3",
        "Letter from Kim Il Sung to Joseph Stalin, trans. Gary Goldberg et al., c. 1950, Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1, p. 3, Wilson Center Digital Archive, https://archive.example.org/record/114.")]
    [InlineData("bare", null, null, "“Who Started the Korean War?,” n.d., Wilson Center Digital Archive.")]
    [InlineData("bare", "paragraph", "4", "“Who Started the Korean War?,” n.d., para. 4, Wilson Center Digital Archive.")]
    [InlineData("missing", "folio", "193ob", "Unavailable document, fol. 193ob.")]
    public void Formats_the_full_note(string document, string? label, string? value, string expected)
    {
        Assert.Equal(expected, Formatter.Note(Document(document), Locator(label, value)));
    }

    [Theory]
    [InlineData("report", "folio", "194", "“On the Korean Question,” l. 194.")]
    [InlineData("report", null, null, "“On the Korean Question.”")]
    [InlineData("conversation", "folio", "193ob-194", "“Zapis’ besedy s Mao Tszedunom,” ll. 193ob–194.")]
    [InlineData("german", "page", "406-407", "“Vermerk zur Koreafrage,” pp. 406–407.")]
    [InlineData("letter", "page", "4", "Letter from Kim Il Sung to Joseph Stalin, p. 4.")]
    [InlineData("bare", "line", "12", "“Who Started the Korean War?,” l. 12.")]
    [InlineData("missing", null, null, "Unavailable document.")]
    public void Formats_the_short_note_for_later_citations_of_a_document(string document, string? label, string? value, string expected)
    {
        Assert.Equal(expected, Formatter.ShortNote(Document(document), Locator(label, value)));
    }

    [Theory]
    [InlineData("report",
        "“On the Korean Question.” Report. Translated by Gary Goldberg. July 31, 1958. RGANI, f. 5, op. 49, d. 131, ll. 193–194. Wilson Center Digital Archive. https://archive.example.org/archive/on-the-korean-question/.")]
    [InlineData("conversation",
        "“Zapis’ besedy s Mao Tszedunom” [Record of Conversation with Mao Zedong]. Memorandum of conversation. Translated by Gary Goldberg. July 31, 1958. RGANI, f. 5, op. 49, d. 131, ll. 193–194. Wilson Center Digital Archive. https://archive.example.org/archive/record-of-conversation-with-mao-zedong/.")]
    [InlineData("letter",
        "Letter from Kim Il Sung to Joseph Stalin. Translated by Gary Goldberg, Sergey Radchenko, and Kathryn Weathersby. c. 1950. Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1. Wilson Center Digital Archive. https://archive.example.org/record/114.")]
    [InlineData("bare", "“Who Started the Korean War?” n.d. Wilson Center Digital Archive.")]
    public void Formats_the_bibliography_entry(string document, string expected)
    {
        Assert.Equal(expected, Formatter.Bibliography(Document(document)));
    }

    [Fact]
    public void Leads_with_the_documents_authors_in_every_chicago_form()
    {
        var document = CitedDocuments.Report with { Authors = ["Nehru, Jawaharlal", "Ministry of External Affairs"], Translators = [] };

        Assert.StartsWith("Jawaharlal Nehru and Ministry of External Affairs, “On the Korean Question,” report, July 31, 1958,", Formatter.Note(document, null), StringComparison.Ordinal);
        Assert.Equal("Nehru and Ministry of External Affairs, “On the Korean Question,” l. 194.", Formatter.ShortNote(document, CitationLocator.Of(LocatorLabel.Folio, "194")));
        Assert.StartsWith("Nehru, Jawaharlal, and Ministry of External Affairs. “On the Korean Question.” Report. July 31, 1958.", Formatter.Bibliography(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_three_or_more_names_in_a_note_as_the_first_and_et_al()
    {
        var document = CitedDocuments.Report with { Authors = ["Kim, Il Sung", "Pak, Hon Yong", "Stalin, Joseph"] };

        Assert.StartsWith("Il Sung Kim et al., “On the Korean Question,”", Formatter.Note(document, null), StringComparison.Ordinal);
        Assert.Equal("Kim et al., “On the Korean Question.”", Formatter.ShortNote(document, null));
        Assert.StartsWith("Kim, Il Sung, Hon Yong Pak, and Joseph Stalin. “On the Korean Question.”", Formatter.Bibliography(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Cites_the_records_page_on_the_digital_archive_when_it_has_one()
    {
        var document = CitedDocuments.Report with { ArchiveUrl = "https://digitalarchive.wilsoncenter.org/document/121893" };

        Assert.EndsWith("Wilson Center Digital Archive, https://digitalarchive.wilsoncenter.org/document/121893.", Formatter.Note(document, null), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The \"Long Telegram\"", "“The ‘Long Telegram,’” n.d., Wilson Center Digital Archive.")]
    [InlineData("The Chancellor's [Helmut Kohl's] Conversation", "“The Chancellor’s [Helmut Kohl’s] Conversation,” n.d., Wilson Center Digital Archive.")]
    [InlineData("TASS Digest, 'The Anti-Soviet Fabrications'", "“TASS Digest, ‘The Anti-Soviet Fabrications,’” n.d., Wilson Center Digital Archive.")]
    [InlineData("Conversation on 17 October 1997, 10 a.m. - 11.15 a.m.", "“Conversation on 17 October 1997, 10 a.m. - 11.15 a.m.,” n.d., Wilson Center Digital Archive.")]
    [InlineData("Who Started the Korean War?", "“Who Started the Korean War?,” n.d., Wilson Center Digital Archive.")]
    [InlineData("", "Untitled document, n.d., Wilson Center Digital Archive.")]
    [InlineData("Report", "Report, n.d., Wilson Center Digital Archive.")]
    [InlineData("Report on the Situation in Korea", "Report on the Situation in Korea, n.d., Wilson Center Digital Archive.")]
    [InlineData("Reporting Stalin", "“Reporting Stalin,” n.d., Wilson Center Digital Archive.")]
    public void Quotes_specific_titles_only(string title, string expected)
    {
        Assert.Equal(expected, Formatter.Note(CitedDocuments.Bare with { Title = title }, null));
    }

    [Fact]
    public void Does_not_print_an_original_title_in_a_non_latin_script_without_its_romanization()
    {
        var document = CitedDocuments.Conversation with { RomanizedTitle = null };

        Assert.StartsWith("Record of Conversation with Mao Zedong, trans. Gary Goldberg,", Formatter.Note(document, null), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Record of Conversation between Mao Zedong and N. S. Khrushchev", "Record of Conversation")]
    [InlineData("On the Korean Question", "On the Korean Question")]
    [InlineData("The Question of Korea: Soviet Views, 1945-1948", "The Question of Korea")]
    [InlineData("Soviet Report on the Situation in the Democratic People's Republic", "Soviet Report")]
    public void Shortens_long_titles_to_four_words_at_most(string title, string expected)
    {
        Assert.Equal(expected, CitationTitles.Shorten(title));
    }

    [Theory]
    [InlineData("RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.", "RGANI, f. 5, op. 49, d. 131, ll. 193-194")]
    [InlineData("BArch, B 136/59748, 403-410. Contributed, transcribed, and translated by Stephan Kieninger.", "BArch, B 136/59748, 403-410")]
    [InlineData("Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1.", "Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1")]
    [InlineData("AVPRF, f. 07, op. 23a. Obtained for CWIHP by Kathryn Weathersby.", "AVPRF, f. 07, op. 23a")]
    [InlineData("  ", null)]
    public void A_source_string_without_a_parsed_reference_stands_for_it_without_its_credits(string source, string? reference)
    {
        Assert.Equal(reference, CitedReference.FromSource(source)?.Text);
        if (reference is not null)
        {
            Assert.Equal($"“Who Started the Korean War?,” n.d., {reference}, p. 4, Wilson Center Digital Archive.",
                Formatter.Note(CitedDocuments.Bare with { Source = source }, CitationLocator.Of(LocatorLabel.Page, "4")));
        }
    }
}
