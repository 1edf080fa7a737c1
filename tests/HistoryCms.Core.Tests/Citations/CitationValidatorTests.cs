using HistoryCms.Core.Citations;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.Tests.Citations;

public sealed class CitationValidatorTests
{
    private const string Key1 = "3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c";
    private const string Key2 = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static readonly string Record = TestContent.RecordKey.ToString();

    private readonly CitationValidator _validator = new(TestContent.Sample());

    private static string Value(params string[] citations) => "{\"v\":1,\"citations\":[" + string.Join(",", citations) + "]}";

    private static string Item(string key, string document, string extra = "") =>
        $$"""{"key":"{{key}}","documentKey":"{{document}}"{{extra}}}""";

    [Fact]
    public void Accepts_a_complete_citation()
    {
        var value = Value(Item(Key1, Record, ""","locator":{"label":"folio","value":"193ob"},"quote":"Мы","quoteLanguage":"ru","note":"n" """));

        Assert.Empty(_validator.Validate(value));
    }

    [Fact]
    public void Accepts_no_value_and_an_empty_list()
    {
        Assert.Empty(_validator.Validate((object?)null));
        Assert.Empty(_validator.Validate(Value()));
    }

    public static TheoryData<string, string, string> Cases() => new()
    {
        {
            Value(Item(Key1, Record, ""","locator":{"label":"folio","value":"abc"}""")),
            "citations[0].locator.value",
            "Citation 1 (RGANI, f. 5, op. 49, d. 131, ll. …): \"abc\" is not a folio number such as 193, 193ob, 12r, 5v or 193-194."
        },
        {
            Value(Item(Key1, Record, ""","locator":{"label":"chapter","value":"3"}""")),
            "citations[0].locator.label",
            "Citation 1 (RGANI, f. 5, op. 49, d. 131, ll. …): \"chapter\" is not a locator label; use one of page, folio, leaf, sheet, line, paragraph, item, section."
        },
        {
            Value(Item(Key1, Record, ""","locator":{"value":"3"}""")),
            "citations[0].locator.label",
            "Citation 1 (RGANI, f. 5, op. 49, d. 131, ll. …): choose what the locator \"3\" counts (page, folio, leaf, sheet, line, paragraph, item, section)."
        },
        {
            Value(Item(Key1, Record, ""","quoteLanguage":"ru" """)),
            "citations[0].quoteLanguage",
            "Citation 1 (RGANI, f. 5, op. 49, d. 131, ll. …) has a quote language (ru) but no quote: add the quoted words or clear the language."
        },
        {
            Value(Item(Key1, Record, ""","quote":"x","quoteLanguage":"russian language" """)),
            "citations[0].quoteLanguage",
            "Citation 1 (RGANI, f. 5, op. 49, d. 131, ll. …): \"russian language\" is not a language code such as ru, en or de-AT."
        },
        {
            Value(Item(Key1, Record), Item(Key1.ToUpperInvariant(), Record)),
            "citations[1].key",
            $"Citation 2 (RGANI, f. 5, op. 49, d. 131, ll. …) has the same key as citation 1 ({Key1}); each citation needs its own key. Remove one of them and add it again."
        },
        {
            Value("""{"documentKey":"6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61"}"""),
            "citations[0].key",
            "Citation 1 (RGANI, f. 5, op. 49, d. 131, ll. …) has no key, so the body cannot refer to it. Remove it and add the document again."
        },
        {
            Value(Item("note-1", Record)),
            "citations[0].key",
            "Citation 1 (RGANI, f. 5, op. 49, d. 131, ll. …) has the key \"note-1\", which is not a GUID. Remove it and add the document again."
        },
        {
            Value(Item(Key1, "")),
            "citations[0].documentKey",
            "Citation 1 does not name a document: pick the archival document it cites."
        },
        {
            Value(Item(Key1, "RGANI")),
            "citations[0].documentKey",
            "Citation 1 names the document \"RGANI\", which is not a document key. Pick the document again."
        },
        {
            Value(Item(Key1, "11111111-2222-4333-8444-555555555555")),
            "citations[0].documentKey",
            "Citation 1 cites a document that cannot be found (11111111-2222-4333-8444-555555555555); it may have been deleted or unpublished. Pick the document again or remove the citation."
        },
        {
            Value(Item(Key1, TestContent.PostKey.ToString())),
            "citations[0].documentKey",
            "Citation 1 (Failed Diplomacy) cites \"Failed Diplomacy\", which is a blog post, not an archival document. Only archival documents can be cited here."
        },
        {
            Value(Item(Key1, Record, ",\"quote\":\"" + new string('q', CitationLimits.MaxQuoteLength + 1) + "\"")),
            "citations[0].quote",
            "Citation 1 (RGANI, f. 5, op. 49, d. 131, ll. …): the quote is 4,001 characters long; at most 4,000 are allowed. Keep the words the post relies on."
        },
        {
            Value(Item(Key1, Record, ",\"note\":\"" + new string('n', CitationLimits.MaxCommentLength + 1) + "\"")),
            "citations[0].note",
            "Citation 1 (RGANI, f. 5, op. 49, d. 131, ll. …): the note is 2,001 characters long; at most 2,000 are allowed."
        },
        {
            Value(Item(Key1, Record, ""","note":["a"]""")),
            "citations[0].note",
            "Citation 1: the note must be text, not a list."
        },
        {
            """{"v":1,"citations":"none"}""",
            "citations",
            "The citations must be a list, not text."
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Says_which_citation_is_wrong_and_how(string value, string path, string message)
    {
        var messages = _validator.Validate(value);

        var only = Assert.Single(messages);
        Assert.Equal((path, message), (only.Path, only.Message));
    }

    [Fact]
    public void Requires_a_locator_when_the_data_type_does()
    {
        var configuration = CitationsConfiguration.Default with { RequireLocator = true };

        var message = Assert.Single(_validator.Validate(Value(Item(Key1, Record)), configuration));

        Assert.Equal("citations[0].locator", message.Path);
        Assert.Equal("Citation 1 (RGANI, f. 5, op. 49, d. 131, ll. …) needs a locator: the page or folio of the document that it cites.", message.Message);
    }

    [Theory]
    [InlineData(2, 0, 1, "Add at least 2 citations (there is 1).")]
    [InlineData(0, 1, 2, "There are 2 citations; at most 1 are allowed here. Remove 1.")]
    public void Checks_the_number_of_citations_against_the_data_type(int min, int max, int count, string message)
    {
        var configuration = CitationsConfiguration.Default with { MinItems = min, MaxItems = max };
        var items = new[] { Item(Key1, Record), Item(Key2, Record) }.Take(count).ToArray();

        Assert.Equal([new ValidationMessage("citations", message)], _validator.Validate(Value(items), configuration));
    }

    [Fact]
    public void Allows_any_document_type_when_the_configuration_lists_none()
    {
        var configuration = CitationsConfiguration.Default with { AllowedContentTypes = [] };

        Assert.Empty(_validator.Validate(Value(Item(Key1, TestContent.PostKey.ToString())), configuration));
    }

    [Fact]
    public void Reads_the_data_type_configuration_in_the_shapes_umbraco_stores()
    {
        var configuration = CitationsConfiguration.From(new Dictionary<string, object?>
        {
            ["allowedDocumentTypes"] = System.Text.Json.JsonDocument.Parse("""["historyArchivalDocument","historyBlogPost"]""").RootElement,
            ["minItems"] = "1",
            ["maxItems"] = 5L,
            ["requireLocator"] = "true",
            ["citationStyle"] = "digitalArchive", // written by earlier versions; read past
        });

        Assert.Equal(["historyArchivalDocument", "historyBlogPost"], configuration.AllowedContentTypes);
        Assert.Equal((1, 5, true), (configuration.MinItems, configuration.MaxItems, configuration.RequireLocator));
        Assert.Equal(CitationsConfiguration.Default, CitationsConfiguration.From(null));
    }
}
