using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.ProgramBlocks.Kinds;
using static HistoryCms.Core.Tests.ProgramBlocks.SampleSite;

namespace HistoryCms.Core.Tests.ProgramBlocks;

/// <summary>Each built-in kind's checks of its content, as (kind, content, expected messages) rows; "" expects none.</summary>
public class BuiltInKindValidationTests
{
    private readonly SampleSite _site = new();

    public static TheoryData<string, string, string> Rows() => new()
    {
        { "richText", """{"markup":"<p>About the program</p>"}""", "" },
        { "richText", """{}""", "markup: the text is missing." },
        { "richText", """{"markup":"<p> </p>"}""", "markup: the text is empty." },
        { "richText", """{"markup":42}""", "markup: the text must be text, not a number." },
        { "richText", $$$"""{"markup":"{{{new string('x', 100_001)}}}"}""", "markup: the text is 100,001 characters long; at most 100,000 are allowed." },

        { "featuredDocuments", $$$"""{"documents":["{{{Memo}}}"],"note":"Start with this one."}""", "" },
        { "featuredDocuments", """{"documents":[]}""", "documents: the list of documents is empty." },
        { "featuredDocuments", """{"note":"x"}""", "documents: the list of documents is missing." },
        { "featuredDocuments", """{"documents":"x"}""", "documents: the list of documents must be a list, not text." },
        { "featuredDocuments", $$$"""{"documents":["{{{Memo}}}","{{{Memo}}}"]}""", "documents[1]: document 2 is the same as document 1." },
        { "featuredDocuments", $$$"""{"documents":["{{{Happ}}}"]}""", "documents[0]: document 1 (\"History and Public Policy Program\") is a program, not an archival document." },
        { "featuredDocuments", $$$"""{"documents":["{{{Memo}}}"],"note":{"text":"x"}}""", "note: the curator's note must be text, not an object." },

        { "latestPosts", """{"count":3,"includeProjects":true}""", "" },
        { "latestPosts", """{}""", "" },
        { "latestPosts", """{"count":0}""", "count: the number of posts must be a whole number from 1 to 24, not 0." },
        { "latestPosts", """{"count":25}""", "count: the number of posts must be a whole number from 1 to 24, not 25." },
        { "latestPosts", """{"count":2.5}""", "count: the number of posts must be a whole number from 1 to 24, not 2.5." },
        { "latestPosts", """{"count":"3"}""", "count: the number of posts must be a whole number from 1 to 24, not \"3\"." },
        { "latestPosts", """{"includeProjects":"yes"}""", "includeProjects: \"include projects\" must be true or false, not text." },

        { "projectPromos", $$$"""{"items":[{"program":"{{{Nkidp}}}"},{"program":"{{{Cwihp}}}","blurb":"Cold War history."}]}""", "" },
        { "projectPromos", """{"items":[]}""", "items: the list of cards is empty." },
        { "projectPromos", """{"items":["x"]}""", "items[0]: card 1 must be an object with a program, not text." },
        { "projectPromos", """{"items":[{"blurb":"x"}]}""", "items[0].program: the program of card 1 is missing." },
        { "projectPromos", $$$"""{"items":[{"program":"{{{Missing}}}"}]}""", "items[0].program: the program of card 1 does not exist or is not published." },
        { "projectPromos", $$$"""{"items":[{"program":"{{{Kraus}}}"}]}""", "items[0].program: the program of card 1 (\"Charles Kraus\") is an author, not a program." },
        { "projectPromos", $$$"""{"items":[{"program":"{{{Nkidp}}}"},{"program":"{{{Nkidp}}}"}]}""", "items[1].program: card 2 shows the same program as card 1." },
        { "projectPromos", $$$"""{"items":[{"program":"{{{Nkidp}}}","blurb":"{{{new string('b', 1001)}}}"}]}""", "items[0].blurb: the blurb of card 1 is 1,001 characters long; at most 1,000 are allowed." },

        { "people", $$$"""{"items":[{"author":"{{{Kraus}}}","role":"Editor"}]}""", "" },
        { "people", """{}""", "items: the list of people is missing." },
        { "people", $$$"""{"items":[{"author":"{{{Memo}}}"}]}""", "items[0].author: person 1 (\"Memorandum of Conversation between Molotov and Marshall\") is an archival document, not an author." },
        { "people", $$$"""{"items":[{"author":"{{{Kraus}}}","role":7}]}""", "items[0].role: the role of person 1 must be text, not a number." },
        { "people", $$$"""{"items":[{"author":"{{{Kraus}}}"},{"author":"{{{Kraus}}}"}]}""", "items[1].author: person 2 is the same as person 1." },

        { "callToAction", """{"label":"Visit the archive","link":{"url":"https://digitalarchive.wilsoncenter.org/collection/123"}}""", "" },
        { "callToAction", $$$"""{"label":"About us","link":{"document":"{{{Happ}}}"}}""", "" },
        { "callToAction", """{"link":{"url":"https://example.org/"}}""", "label: the label is missing." },
        { "callToAction", """{"label":"Go"}""", "link: the link is missing." },
        { "callToAction", """{"label":"Go","link":{}}""", "link: the link has no target: pick a page of the site or enter a URL." },
        { "callToAction", $$$"""{"label":"Go","link":{"url":"https://example.org/","document":"{{{Happ}}}"}}""", "link: the link must lead either to a page of the site or to a URL, not both." },
        { "callToAction", $$$"""{"label":"Go","link":{"document":"{{{Missing}}}"}}""", "link.document: the linked page does not exist or is not published." },
        { "callToAction", """{"label":"Go","link":{"url":"javascript:alert(1)"}}""", "link.url: the link must be an absolute http or https URL, such as https://www.example.org/page." },
        { "callToAction", """{"label":"Go","link":{"url":"data:text/html,<script>alert(1)</script>"}}""", "link.url: the link must be an absolute http or https URL, such as https://www.example.org/page." },
        { "callToAction", """{"label":"Go","link":{"url":"/relative/path"}}""", "link.url: the link must be an absolute http or https URL, such as https://www.example.org/page." },
        { "callToAction", """{"label":"Go","link":{"url":"ftp://example.org/file"}}""", "link.url: the link must be an absolute http or https URL, such as https://www.example.org/page." },
        { "callToAction", """{"label":"Go","link":{"url":"https://exa mple.org/"}}""", "link.url: the link must be an absolute http or https URL, such as https://www.example.org/page." },
        { "callToAction", """{"label":"Go","link":{"url":"http:example.org"}}""", "link.url: the link must be an absolute http or https URL, such as https://www.example.org/page." },
        { "callToAction", $$$"""{"label":"Go","link":{"url":"https://example.org/{{{new string('a', 2048)}}}"}}""", "link.url: the link is 2,068 characters long; at most 2,048 are allowed." },

        { "documentSearch", $$$"""{"label":"Soviet documents","query":{"program":"{{{Happ}}}","language":"ru","repository":"RGANI","from":"1945","to":"1953-03-05"}}""", "" },
        { "documentSearch", """{"label":"Everything in Russian","query":{"language":"ru"}}""", "" },
        { "documentSearch", """{"label":"x"}""", "query: the search is missing." },
        { "documentSearch", """{"label":"x","query":{}}""", "query: the search has no criteria: choose a program, a language, a repository or dates." },
        { "documentSearch", """{"label":"x","query":{"language":"Russian"}}""", "query.language: the language \"Russian\" must be a two-letter ISO 639-1 code in lower case, such as \"ru\"." },
        { "documentSearch", """{"label":"x","query":{"from":"1945-13"}}""", "query.from: the start date \"1945-13\" must be a year, a month or a day, such as 1945, 1945-08 or 1945-08-15." },
        { "documentSearch", """{"label":"x","query":{"from":"1953","to":"1945"}}""", "query.to: the end date is before the start date." },
        { "documentSearch", """{"label":"x","query":{"from":"1945-06","to":"1945-06-30"}}""", "" },
        { "documentSearch", $$$"""{"label":"x","query":{"program":"{{{Memo}}}"}}""", "query.program: the program (\"Memorandum of Conversation between Molotov and Marshall\") is an archival document, not a program." },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_kind_checks_its_content(string kind, string content, string expected)
    {
        var messages = ProgramBlockKindCollection.BuiltIn.Find(kind)!.Validate(JsonNode.Parse(content)!.AsObject(), _site.Validation);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split(" | "), messages.Select(m => m.ToString()));
    }

    [Fact]
    public void Too_many_picks_are_reported_once_and_only_the_allowed_number_is_checked()
    {
        var keys = Enumerable.Range(0, FeaturedDocumentsBlockKind.MaxDocuments + 1).Select(_ => (JsonNode?)JsonValue.Create(Guid.NewGuid().ToString()));
        var content = new JsonObject { ["documents"] = new JsonArray([.. keys]) };

        var messages = new FeaturedDocumentsBlockKind().Validate(content, ProgramBlockValidationContext.ShapeOnly);

        Assert.Equal(["documents: the list of documents has 25 items; at most 24 are allowed."], messages.Select(m => m.ToString()));
    }
}
