using HistoryCms.Core.ProgramBlocks;

namespace HistoryCms.Core.Tests.ProgramBlocks;

public class ProgramBlockListValidatorTests
{
    private readonly SiteContent _site = new();
    private readonly ProgramBlockListValidator _validator = new(ProgramBlockKindCollection.BuiltIn);

    private IReadOnlyList<string> Messages(string blocks, ProgramBlocksConfiguration? configuration = null) =>
        [.. _validator.Validate($$$"""{"v":2,"blocks":[{{{blocks}}}]}""", configuration ?? ProgramBlocksConfiguration.Default, new(_site)).Select(m => m.ToString())];

    private static string Block(string kind, string content, string key = "", string settings = "{}") =>
        $$$"""{"key":"{{{(key.Length == 0 ? Guid.NewGuid().ToString() : key)}}}","kind":"{{{kind}}}","content":{{{content}}},"settings":{{{settings}}}}""";

    [Fact]
    public void A_valid_value_has_no_messages()
    {
        var happ = _site.Program("History and Public Policy Program", "Makes public the primary source record.");
        var nkidp = _site.Program("North Korea International Documentation Project", parent: happ.Key);
        var kraus = _site.Author("Charles Kraus", "Deputy Director, History and Public Policy Program");
        var doc = _site.Document("Memorandum of Conversation", "1947-10-17");

        var messages = Messages(string.Join(',',
            Block("richText", """{"markup":"<p>About</p>"}""", settings: """{"anchor":"about","heading":"About"}"""),
            Block("featuredDocuments", $$$"""{"documents":["{{{doc.Key}}}"],"note":"Start here."}"""),
            Block("latestPosts", """{"count":3,"includeProjects":true}"""),
            Block("projectPromos", $$$"""{"items":[{"program":"{{{nkidp.Key}}}"}]}"""),
            Block("people", $$$"""{"items":[{"author":"{{{kraus.Key}}}","role":"Editor"}]}"""),
            Block("callToAction", """{"label":"Visit the archive","link":{"url":"https://digitalarchive.wilsoncenter.org/"}}"""),
            Block("documentSearch", $$$"""{"label":"Soviet documents, 1945-1953","query":{"program":"{{{happ.Key}}}","language":"ru","repository":"RGANI","from":"1945","to":"1953"}}""")));

        Assert.Empty(messages);
    }

    [Fact]
    public void A_bad_external_link_is_named_by_block_number_kind_and_field()
    {
        var text = Block("richText", """{"markup":"<p>x</p>"}""");
        var action = Block("callToAction", """{"label":"Go","link":{"url":"javascript:alert(1)"}}""");

        var messages = _validator.Validate($"{{\"v\":2,\"blocks\":[{text},{action}]}}", ProgramBlocksConfiguration.Default, new(_site));

        var message = Assert.Single(messages);
        Assert.Equal("blocks[1].content.link.url", message.Path);
        Assert.Equal("Block 2 (Call to action): the link must be an absolute http or https URL, such as https://www.example.org/page.", message.Message);
    }

    [Theory]
    [InlineData("""{"key":"k","kind":"richText","content":{"markup":"x"}}""", "blocks[0].key: Block 1 (Rich text): the block's key is not a GUID.")]
    [InlineData("""{"kind":"richText","content":{"markup":"x"}}""", "blocks[0].key: Block 1 (Rich text): the block has no key.")]
    [InlineData("""{"key":"3f2c1d7e-5b4a-4c3d-9e8f-1a2b3c4d5e6f","content":{}}""", "blocks[0].kind: Block 1: the block has no kind.")]
    [InlineData("""{"key":"3f2c1d7e-5b4a-4c3d-9e8f-1a2b3c4d5e6f","kind":"carousel","content":{}}""", "blocks[0].kind: Block 1: \"carousel\" is not a kind of block this site knows.")]
    [InlineData("""{"key":"3f2c1d7e-5b4a-4c3d-9e8f-1a2b3c4d5e6f","kind":"richText"}""", "blocks[0].content: Block 1 (Rich text): the block has no content.")]
    [InlineData("""{"key":"3f2c1d7e-5b4a-4c3d-9e8f-1a2b3c4d5e6f","kind":"richText","content":"<p>x</p>"}""", "blocks[0].content: Block 1 (Rich text): the content must be an object, not text.")]
    [InlineData("""{"key":"3f2c1d7e-5b4a-4c3d-9e8f-1a2b3c4d5e6f","kind":"richText","content":{"markup":"x"},"settings":{"anchor":"about us"}}""", "blocks[0].settings.anchor: Block 1 (Rich text): the anchor \"about us\" must start with a letter and contain only letters, digits, hyphens and underscores (at most 64 characters).")]
    [InlineData("""{"key":"3f2c1d7e-5b4a-4c3d-9e8f-1a2b3c4d5e6f","kind":"richText","content":{"markup":"x"},"settings":{"hidden":"maybe"}}""", "blocks[0].settings.hidden: Block 1 (Rich text): \"hidden\" must be true or false, not text.")]
    [InlineData("""{"key":"3f2c1d7e-5b4a-4c3d-9e8f-1a2b3c4d5e6f","kind":"richText","content":{"markup":"x"},"settings":7}""", "blocks[0].settings: Block 1 (Rich text): the settings must be an object, not a number.")]
    [InlineData("42", "blocks[0]: Block 1 is a number, not a block.")]
    public void Structural_problems_name_the_block_and_the_field(string block, string expected) =>
        Assert.Equal([expected], Messages(block));

    [Fact]
    public void Duplicate_keys_and_anchors_are_reported_on_the_later_block()
    {
        const string key = "3f2c1d7e-5b4a-4c3d-9e8f-1a2b3c4d5e6f";
        var messages = Messages(string.Join(',',
            Block("richText", """{"markup":"a"}""", key, """{"anchor":"intro"}"""),
            Block("richText", """{"markup":"b"}""", key, """{"anchor":"Intro"}""")));

        Assert.Equal(
            [
                "blocks[1].key: Block 2 (Rich text): the block has the same key as block 1; every block needs its own key.",
                "blocks[1].settings.anchor: Block 2 (Rich text): the anchor \"Intro\" is already used by block 1; anchors must be unique on the page.",
            ],
            messages);
    }

    [Fact]
    public void Picked_items_that_do_not_exist_or_have_the_wrong_type_are_reported()
    {
        var author = _site.Author("Charles Kraus");
        var missing = Guid.NewGuid();

        var messages = Messages(Block("featuredDocuments", $$$"""{"documents":["{{{missing}}}","{{{author.Key}}}","nonsense",7]}"""));

        Assert.Equal(
            [
                "blocks[0].content.documents[0]: Block 1 (Featured documents): document 1 does not exist or is not published.",
                "blocks[0].content.documents[1]: Block 1 (Featured documents): document 2 (\"Charles Kraus\") is an author, not an archival document.",
                "blocks[0].content.documents[2]: Block 1 (Featured documents): document 3 is not a valid content key.",
                "blocks[0].content.documents[3]: Block 1 (Featured documents): document 4 must be a content key, not a number.",
            ],
            messages);
    }

    [Fact]
    public void Without_a_content_lookup_only_the_shape_is_checked()
    {
        var people = Block("people", $$$"""{"items":[{"author":"{{{Guid.NewGuid()}}}"}]}""");

        var messages = _validator.Validate($"{{\"blocks\":[{people}]}}", ProgramBlocksConfiguration.Default, ProgramBlockValidationContext.ShapeOnly);

        Assert.Empty(messages);
    }

    [Fact]
    public void Kinds_the_data_type_does_not_allow_are_reported()
    {
        var messages = Messages(Block("latestPosts", "{}"), new ProgramBlocksConfiguration(["richText", "people"]));

        Assert.Equal(["blocks[0].kind: Block 1 (Latest posts): this kind of block is not allowed here."], messages);
    }

    [Theory]
    [InlineData(1, 2, 0, "blocks: There is 1 block; add at least 1 more (at least 2 are needed).")]
    [InlineData(0, 1, 0, "blocks: Add at least one block.")]
    [InlineData(3, 0, 2, "blocks: There are 3 blocks; at most 2 are allowed. Remove 1.")]
    public void The_number_of_blocks_is_bounded_by_the_data_type(int count, int min, int max, string expected)
    {
        var blocks = string.Join(',', Enumerable.Range(0, count).Select(_ => Block("latestPosts", "{}")));

        Assert.Equal([expected], Messages(blocks, new ProgramBlocksConfiguration([], min, max)));
    }

    [Fact]
    public void More_than_the_hard_limit_of_blocks_is_reported_even_without_a_maximum()
    {
        var blocks = string.Join(',', Enumerable.Range(0, ProgramBlockLimits.MaxBlocks + 1).Select(_ => Block("latestPosts", "{}")));

        Assert.Equal([$"blocks: There are {ProgramBlockLimits.MaxBlocks + 1} blocks; at most {ProgramBlockLimits.MaxBlocks} are allowed. Remove 1."], Messages(blocks));
    }

    [Fact]
    public void Oversized_headings_and_content_are_reported()
    {
        var heading = new string('h', ProgramBlockLimits.MaxHeadingLength + 1);
        var padding = new string('x', ProgramBlockLimits.MaxContentLength);

        var messages = Messages(string.Join(',',
            Block("latestPosts", "{}", settings: $$$"""{"heading":"{{{heading}}}"}"""),
            Block("latestPosts", $$$"""{"padding":"{{{padding}}}"}""")));

        Assert.Equal(
            [
                "blocks[0].settings.heading: Block 1 (Latest posts): the heading is 201 characters long; at most 200 are allowed.",
                "blocks[1].content: Block 2 (Latest posts): the content is too large (200,014 characters; at most 200,000).",
            ],
            messages);
    }

    [Theory]
    [InlineData("{", "The value is not valid JSON")]
    [InlineData("\"blocks\"", "The value must be a JSON object with a list of blocks, not text.")]
    [InlineData("""{"v":3,"blocks":[]}""", "v: This value was written by a newer version of HistoryCms (format 3; this site reads format 2).")]
    [InlineData("""{"v":"two","blocks":[]}""", "v: The format version \"two\" is not one HistoryCms knows")]
    [InlineData("""{"v":2,"blocks":{}}""", "blocks: The blocks must be a JSON array, not an object.")]
    public void Values_that_are_not_block_lists_get_one_clear_message(string value, string expectedStart)
    {
        var message = Assert.Single(_validator.Validate(value, ProgramBlocksConfiguration.Default, new(_site)));

        Assert.StartsWith(expectedStart, message.ToString(), StringComparison.Ordinal);
    }
}
