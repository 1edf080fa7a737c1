using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.ProgramBlocks.Delivery;
using static HistoryCms.Core.Tests.ProgramBlocks.SampleSite;

namespace HistoryCms.Core.Tests.ProgramBlocks;

public class BuiltInKindDeliveryTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);
    private readonly SampleSite _site = new();
    private readonly ProgramBlockDelivery _delivery = new(ProgramBlockKindCollection.BuiltIn);

    private object? Content(string kind, string content, string settings = "{}")
    {
        var value = $$$"""{"v":2,"blocks":[{"key":"0d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"{{{kind}}}","content":{{{content}}},"settings":{{{settings}}}}]}""";
        return _delivery.Map(ProgramBlockList.Parse(value), _site.Mapping).SingleOrDefault()?.Content;
    }

    [Fact]
    public void Rich_text_is_delivered_through_the_sanitizer_of_the_context()
    {
        var content = Assert.IsType<RichTextBlockContent>(Content("richText", """{"markup":"<p>About</p><script>alert(1)</script>"}"""));

        Assert.Equal("[sanitized]<p>About</p>alert(1)", content.Markup);
    }

    [Fact]
    public void Featured_documents_are_expanded_to_cards_with_the_printed_date_and_missing_or_wrong_picks_are_dropped()
    {
        var content = Assert.IsType<FeaturedDocumentsBlockContent>(Content("featuredDocuments", $$$"""{"documents":["{{{Missing}}}","{{{Memo}}}","{{{Happ}}}"],"note":"Start here."}"""));

        var card = Assert.Single(content.Documents);
        Assert.Equal(new DocumentCard(Guid.Parse(Memo), "Memorandum of Conversation between Molotov and Marshall", "historyArchivalDocument",
            new ContentRoute("/memorandum-of-conversation-between-molotov-and-marshall/"), "October 17, 1947", "Memorandum of Conversation",
            "Molotov and Marshall discuss the Joint Commission on Korea."), card);
        Assert.Equal("Start here.", content.Note);
    }

    [Fact]
    public void Project_promos_show_the_blurb_or_else_the_programs_short_description()
    {
        var content = Assert.IsType<ProjectPromosBlockContent>(Content("projectPromos",
            $$$"""{"items":[{"program":"{{{Nkidp}}}"},{"program":"{{{Missing}}}"},{"program":"{{{Cwihp}}}","blurb":"Cold War history, from all sides."}]}"""));

        Assert.Equal(["North Korea International Documentation Project", "Cold War International History Project"], content.Items.Select(i => i.Program.Name));
        Assert.Equal("The North Korea International Documentation Project serves as an informational clearinghouse on North Korea.", content.Items[0].Text);
        Assert.Equal("Cold War history, from all sides.", content.Items[1].Text);
        Assert.Equal("/history-and-public-policy-program/cold-war-international-history-project/", content.Items[1].Program.Route.Path);
    }

    [Fact]
    public void People_show_the_role_given_or_else_the_job_title_and_the_photo()
    {
        var content = Assert.IsType<PeopleBlockContent>(Content("people", $$$"""{"items":[{"author":"{{{Kraus}}}"},{"author":"{{{Kraus}}}","role":"Editor"},{"author":"{{{Memo}}}"}]}"""));

        Assert.Equal(["Deputy Director, History and Public Policy Program", "Editor"], content.Items.Select(i => i.Role));
        Assert.Equal(Guid.Parse("6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a"), content.Items[0].Author.Photo?.MediaKey);
    }

    [Fact]
    public void A_call_to_action_links_to_a_page_by_its_route_or_to_an_external_URL()
    {
        var internalLink = Assert.IsType<CallToActionBlockContent>(Content("callToAction", $$$"""{"label":"About","link":{"document":"{{{Happ}}}"}}"""));
        var externalLink = Assert.IsType<CallToActionBlockContent>(Content("callToAction", """{"label":"Archive","link":{"url":"https://digitalarchive.wilsoncenter.org/"}}"""));

        Assert.Equal(new DeliveredLink("/history-and-public-policy-program/", false, internalLink.Link.Document), internalLink.Link);
        Assert.Equal(Guid.Parse(Happ), internalLink.Link.Document?.Id);
        Assert.Equal(new DeliveredLink("https://digitalarchive.wilsoncenter.org/", true, null), externalLink.Link);
    }

    [Theory]
    [InlineData($$$"""{"label":"Gone","link":{"document":"{{{Missing}}}"}}""")]
    [InlineData("""{"label":"Bad","link":{"url":"javascript:alert(1)"}}""")]
    [InlineData("""{"link":{"url":"https://example.org/"}}""")]
    public void A_call_to_action_without_a_usable_link_or_label_is_left_out(string content) =>
        Assert.Null(Content("callToAction", content));

    [Fact]
    public void A_document_search_links_to_the_search_page_with_its_criteria()
    {
        var content = Assert.IsType<DocumentSearchBlockContent>(Content("documentSearch",
            $$$"""{"label":"Soviet documents","query":{"program":"{{{Happ}}}","language":"ru","repository":"RGANI & RGASPI","from":"1945","to":"1953-03"}}"""));

        Assert.Equal($"/search?program={Happ}&language=ru&repository=RGANI%20%26%20RGASPI&from=1945&to=1953-03", content.Url);
        Assert.Equal("History and Public Policy Program", content.Query.Program?.Name);
        Assert.Equal(("ru", "RGANI & RGASPI", "1945", "1953-03"), (content.Query.Language, content.Query.Repository, content.Query.From, content.Query.To));
    }

    [Fact]
    public void A_document_search_for_a_program_that_is_gone_searches_without_it()
    {
        var content = Assert.IsType<DocumentSearchBlockContent>(Content("documentSearch", $$$"""{"label":"x","query":{"program":"{{{Missing}}}","language":"ru"}}"""));

        Assert.Equal("/search?language=ru", content.Url);
        Assert.Null(content.Query.Program);
    }

    [Fact]
    public void Hidden_blocks_are_not_delivered_and_settings_are()
    {
        Assert.Null(Content("richText", """{"markup":"x"}""", """{"hidden":true}"""));

        var value = """{"v":2,"blocks":[{"key":"0d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"richText","content":{"markup":"x"},"settings":{"anchor":"about","heading":"About"}}]}""";
        var block = Assert.Single(_delivery.Map(ProgramBlockList.Parse(value), _site.Mapping));
        Assert.Equal(new DeliveredBlockSettings("about", "About"), block.Settings);
    }

    [Fact]
    public void Delivered_blocks_serialise_to_the_documented_camel_case_shape()
    {
        var value = $$$"""{"v":2,"blocks":[{"key":"0d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"projectPromos","content":{"items":[{"program":"{{{Nkidp}}}","blurb":"Read about North Korea."}]},"settings":{"anchor":"projects"}}]}""";

        var json = JsonSerializer.Serialize(_delivery.Map(ProgramBlockList.Parse(value), _site.Mapping), WebJson);

        var expected = $$$"""
            [{"key":"0d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"projectPromos","settings":{"anchor":"projects","heading":null},
              "content":{"items":[{"program":{"id":"{{{Nkidp}}}","name":"North Korea International Documentation Project","contentType":"historyProgram",
                "route":{"path":"/history-and-public-policy-program/north-korea-international-documentation-project/"},
                "shortDescription":"The North Korea International Documentation Project serves as an informational clearinghouse on North Korea."},
                "text":"Read about North Korea."}]}}]
            """;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(json)), json);
    }
}
