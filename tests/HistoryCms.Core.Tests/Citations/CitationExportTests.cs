using System.Text.Json.Nodes;
using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

public sealed class CitationExportTests
{
    [Fact]
    public void Exports_a_cited_document_as_an_ris_manuscript_record()
    {
        var ris = new RisExport(CitedDocuments.Options).Write([new CitationExportItem(CitedDocuments.Report.Key.ToString(), CitedDocuments.Report)]);

        Assert.Equal(
            "TY  - MANSCPT\r\n" +
            "TI  - On the Korean Question\r\n" +
            "DA  - 1958/07/31/\r\n" +
            "DB  - Wilson Center Digital Archive\r\n" +
            "AN  - RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.\r\n" +
            "LA  - Russian\r\n" +
            "M3  - Report\r\n" +
            "UR  - https://archive.example.org/archive/on-the-korean-question/\r\n" +
            "KW  - Korean War, 1950-1953\r\n" +
            "KW  - Soviet Union--Foreign relations\r\n" +
            "ER  - \r\n",
            ris);
    }

    [Fact]
    public void Exports_partial_and_approximate_dates_and_several_records_in_ris()
    {
        var ris = new RisExport(CitedDocuments.Options).Write(
        [
            new CitationExportItem("a", CitedDocuments.German),
            new CitationExportItem("b", CitedDocuments.Letter),
            new CitationExportItem("c", CitedDocuments.Bare),
        ]);

        Assert.Contains("DA  - 1967/11//\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("DA  - 1950///circa\r\n", ris, StringComparison.Ordinal);
        Assert.DoesNotContain("ST  - ", ris, StringComparison.Ordinal);
        Assert.DoesNotContain("A4  - ", ris, StringComparison.Ordinal);
        Assert.DoesNotContain("PY  - ", ris, StringComparison.Ordinal);
        Assert.Equal(3, ris.Split("TY  - MANSCPT\r\n").Length - 1);
        Assert.Equal(3, ris.Split("ER  - \r\n").Length - 1);
        Assert.Contains("ER  - \r\n\r\nTY  - MANSCPT", ris, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ris.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Exports_a_cited_document_as_csl_json()
    {
        var json = new CslJsonExport(CitedDocuments.Options).ToJson(new CitationExportItem("3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c", CitedDocuments.Conversation));

        var expected = JsonNode.Parse("""
            {
              "id": "3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c",
              "type": "manuscript",
              "title": "Record of Conversation with Mao Zedong",
              "original-title": "Zapis’ besedy s Mao Tszedunom",
              "issued": { "date-parts": [[1958, 7, 31]] },
              "archive": "Wilson Center Digital Archive",
              "archive_location": "RGANI, f. 5, op. 49, d. 131, ll. 193–194",
              "language": "en",
              "genre": "memorandum of conversation",
              "translator": [{ "family": "Goldberg", "given": "Gary" }],
              "keyword": "Korean War, 1950-1953, Soviet Union--Foreign relations",
              "URL": "https://archive.example.org/archive/record-of-conversation-with-mao-zedong/",
              "note": "Original language: Russian"
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, json), json.ToJsonString());
    }

    [Fact]
    public void Exports_partial_dates_circa_and_names_in_csl_json()
    {
        var items = new CslJsonExport(CitedDocuments.Options).ToJson(
        [
            new CitationExportItem("a", CitedDocuments.German),
            new CitationExportItem("b", CitedDocuments.Letter with { Translators = ["Ludwig van Beethoven", "TASS"] }),
            new CitationExportItem("c", CitedDocuments.Bare),
        ]);

        Assert.Equal("""{"date-parts":[[1967,11]]}""", items[0]!["issued"]!.ToJsonString());
        Assert.Equal("""{"date-parts":[[1950]],"circa":true}""", items[1]!["issued"]!.ToJsonString());
        Assert.Equal("""[{"family":"van Beethoven","given":"Ludwig"},{"literal":"TASS"}]""", items[1]!["translator"]!.ToJsonString());
        Assert.Equal("""{"id":"c","type":"manuscript","title":"Who Started the Korean War?","archive":"Wilson Center Digital Archive","language":"en"}""", items[2]!.ToJsonString());
    }

    [Fact]
    public void Ris_writes_each_author_the_summary_the_languages_as_english_names_and_the_publisher()
    {
        var document = CitedDocuments.Report with
        {
            Authors = ["Somogyi, Ferenc", "Hungarian Ministry of Foreign Affairs"],
            Summary = "Summary of the meeting\nof the leaders of the Warsaw Pact.",
            Languages = ["hu", "ru"],
            ArchiveUrl = "https://digitalarchive.wilsoncenter.org/document/121893",
        };

        var ris = new RisExport(CitedDocuments.Options with { Publisher = "Woodrow Wilson International Center for Scholars" })
            .Write([new CitationExportItem("a", document)]);

        Assert.Contains("AU  - Somogyi, Ferenc\r\nAU  - Hungarian Ministry of Foreign Affairs\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("AB  - Summary of the meeting of the leaders of the Warsaw Pact.\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("LA  - Hungarian\r\nLA  - Russian\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("UR  - https://digitalarchive.wilsoncenter.org/document/121893\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("DP  - Woodrow Wilson International Center for Scholars\r\n", ris, StringComparison.Ordinal);
    }

    [Fact]
    public void Csl_json_language_is_the_translations_and_the_originals_language_goes_into_the_note()
    {
        var japanese = CitedDocuments.Report with { Languages = ["ja"] };

        var json = new CslJsonExport(CitedDocuments.Options).ToJson(new CitationExportItem("a", japanese));

        Assert.Equal("en", (string?)json["language"]);
        Assert.Equal("Original language: Japanese", (string?)json["note"]);
        Assert.Equal("""[{"family":"Goldberg","given":"Gary"}]""", json["translator"]!.ToJsonString());
    }

    [Fact]
    public void Csl_json_has_the_authors_as_author_and_the_summary_as_abstract()
    {
        var document = CitedDocuments.Report with { Authors = ["Nehru, Jawaharlal", "Hungarian Ministry of Foreign Affairs"], Summary = "Nehru briefs the premiers." };

        var json = new CslJsonExport(CitedDocuments.Options).ToJson(new CitationExportItem("a", document));

        Assert.Equal("""[{"family":"Nehru","given":"Jawaharlal"},{"literal":"Hungarian Ministry of Foreign Affairs"}]""", json["author"]!.ToJsonString());
        Assert.Equal("Nehru briefs the premiers.", (string?)json["abstract"]);
    }

    [Theory]
    [InlineData("The Chancellor's [Helmut Kohl's] Conversation with Portuguese Prime Minister Guterres on 17 October 1997, 10 a.m. - 11.15 a.m.", "The Chancellor's [Helmut Kohl's] Conversation")]
    [InlineData("Report of the Hungarian Ministry of Foreign Affairs [F. Somogyi] for the Council of Ministers", "Report of the Hungarian")]
    [InlineData("Comments on the “Long Telegram of George Kennan” and the Soviet Response", "Comments on the “Long Telegram of George Kennan”")]
    [InlineData("Comments on the \"Long Telegram of George Kennan\" and the Soviet Response", "Comments on the \"Long Telegram of George Kennan\"")]
    [InlineData("TASS Digest, 'The Anti-Soviet Fabrications of a Mexican Newspaper; Etc.'", "TASS Digest, 'The Anti-Soviet Fabrications of a Mexican Newspaper; Etc.'")]
    [InlineData("Minutes [of the Meeting: Politburo, Session 12] on the Korean Question and Other Matters", "Minutes [of the Meeting: Politburo, Session 12]")]
    [InlineData("A Broken [Title With No Closing Bracket Here", "A Broken [Title With No Closing Bracket Here")]
    public void Csl_json_short_title_never_ends_inside_an_open_bracket_or_quotation(string title, string shortTitle)
    {
        var json = new CslJsonExport(CitedDocuments.Options).ToJson(new CitationExportItem("a", CitedDocuments.Bare with { Title = title }));

        Assert.Equal(shortTitle, (string?)json["title-short"] ?? title);
    }

    [Fact]
    public void Exports_each_cited_document_of_a_post_once_in_note_order()
    {
        var first = new Citation { Key = "3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c", DocumentKey = CitedDocuments.Report.Key.ToString() };
        var second = first with { Key = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", DocumentKey = CitedDocuments.German.Key.ToString() };
        var third = first with { Key = "1a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d" };
        var missing = first with { Key = "2a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", DocumentKey = Guid.NewGuid().ToString() };
        var numbered = CitationNumbering.Number(new CitationList([first, second, third, missing]), $"<sup data-citation=\"{second.Key}\"></sup>");
        var documents = new[] { CitedDocuments.Report, CitedDocuments.German }.ToDictionary(d => d.Key);

        var items = CitationExportItem.ForPost(numbered, key => documents.GetValueOrDefault(key));

        Assert.Equal([CitedDocuments.German.Key.ToString(), CitedDocuments.Report.Key.ToString()], items.Select(i => i.Id));
    }
}
