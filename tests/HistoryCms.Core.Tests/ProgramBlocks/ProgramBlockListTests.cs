using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks;

namespace HistoryCms.Core.Tests.ProgramBlocks;

public class ProgramBlockListTests
{
    private const string KeyA = "3f2c1d7e-5b4a-4c3d-9e8f-1a2b3c4d5e6f";
    private const string KeyB = "8a7b6c5d-4e3f-4a1b-8c2d-3e4f5a6b7c8d";

    [Fact]
    public void A_version_1_value_is_upgraded_on_read_with_its_flat_settings_moved_under_settings()
    {
        var v1 = $$$"""
            {"v":1,"blocks":[
              {"key":"{{{KeyA}}}","kind":"richText","content":{"markup":"<p>About HAPP</p>"},"anchor":"about","hidden":false,"heading":"About"},
              {"key":"{{{KeyB}}}","kind":"latestPosts","content":{"count":3},"hidden":true}
            ]}
            """;

        var json = ProgramBlockList.Normalise(v1);

        Assert.Equal(
            $$$"""{"v":2,"blocks":[{"key":"{{{KeyA}}}","kind":"richText","content":{"markup":"<p>About HAPP</p>"},"settings":{"anchor":"about","hidden":false,"heading":"About"}},{"key":"{{{KeyB}}}","kind":"latestPosts","content":{"count":3},"settings":{"hidden":true}}]}""",
            json);
    }

    [Fact]
    public void A_version_2_value_reads_into_typed_blocks()
    {
        var list = ProgramBlockList.Parse($$$"""{"v":2,"blocks":[{"key":"{{{KeyA}}}","kind":"people","content":{"items":[]},"settings":{"anchor":"team","hidden":true,"heading":"Our team"}}]}""");

        var block = Assert.Single(list);
        Assert.Equal(Guid.Parse(KeyA), block.Key);
        Assert.Equal("people", block.Kind);
        Assert.Equal(new ProgramBlockSettings("team", true, "Our team"), block.Settings);
        Assert.True(block.Content.ContainsKey("items"));
    }

    [Fact]
    public void Unknown_fields_are_ignored_around_blocks_and_kept_inside_content()
    {
        var json = ProgramBlockList.Normalise($$$"""
            {"v":2,"editorState":{"open":true},"blocks":[{"key":"{{{KeyA}}}","kind":"richText","collapsed":true,
              "content":{"markup":"<p>x</p>","futureField":1},"settings":{"hidden":false,"colour":"red"}}]}
            """);

        Assert.Equal($$$"""{"v":2,"blocks":[{"key":"{{{KeyA}}}","kind":"richText","content":{"markup":"<p>x</p>","futureField":1},"settings":{"hidden":false}}]}""", json);
    }

    [Fact]
    public void Normalising_trims_text_and_writes_keys_in_one_form_and_Cyrillic_and_markup_as_they_are()
    {
        var json = ProgramBlockList.Normalise($$$"""{"v":"2","blocks":[{"key":"{{{KeyA.ToUpperInvariant()}}}","kind":" richText ","content":{"markup":"<p>Вышинский</p>"},"settings":{"anchor":" about ","hidden":"true","heading":"  "}}]}""");

        Assert.Equal($$$"""{"v":2,"blocks":[{"key":"{{{KeyA}}}","kind":"richText","content":{"markup":"<p>Вышинский</p>"},"settings":{"anchor":"about","hidden":true}}]}""", json);
    }

    [Fact]
    public void A_value_without_blocks_normalises_to_null()
    {
        Assert.Null(ProgramBlockList.Normalise("""{"v":2,"blocks":[]}"""));
        Assert.Null(ProgramBlockList.Normalise(null));
        Assert.Null(ProgramBlockList.Normalise("  "));
    }

    [Fact]
    public void A_bare_array_is_read_as_version_1_blocks()
    {
        var list = ProgramBlockList.Parse($$$"""[{"key":"{{{KeyA}}}","kind":"richText","content":{"markup":"x"},"heading":"Flat"}]""");

        Assert.Equal("Flat", Assert.Single(list).Settings.Heading);
    }

    [Fact]
    public void A_block_without_a_key_gets_the_same_derived_key_every_time()
    {
        const string value = """{"v":2,"blocks":[{"kind":"richText","content":{"markup":"x"}}]}""";

        var first = ProgramBlockList.Parse(value).Single().Key;
        var second = ProgramBlockList.Parse(value).Single().Key;

        Assert.NotEqual(Guid.Empty, first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_duplicate_key_is_replaced_so_the_stored_keys_are_unique()
    {
        var list = ProgramBlockList.Parse($$$"""{"v":2,"blocks":[{"key":"{{{KeyA}}}","kind":"richText","content":{}},{"key":"{{{KeyA}}}","kind":"richText","content":{}}]}""");

        Assert.Equal(2, list.Select(b => b.Key).Distinct().Count());
        Assert.Equal(Guid.Parse(KeyA), list[0].Key);
    }

    [Fact]
    public void Normalising_twice_changes_nothing()
    {
        var once = ProgramBlockList.Normalise("""{"blocks":[{"kind":"people","content":{"items":[{"author":"x"}]},"anchor":"a"},{"kind":"","content":7}, 5]}""");

        Assert.Equal(once, ProgramBlockList.Normalise(once));
    }

    public static TheoryData<string?> Malformed() =>
    [
        "{", "[1,2", "null", "42", "\"text\"", "true", "{\"v\":99,\"blocks\":[]}", "{\"v\":-1}", "{\"v\":{},\"blocks\":{}}",
        "{\"blocks\":[null,1,\"x\",[],{}]}", "{\"blocks\":[{\"key\":5,\"kind\":[],\"content\":\"x\",\"settings\":[]}]}",
        "{\"blocks\":[{\"settings\":{\"anchor\":{},\"hidden\":7,\"heading\":false}}]}",
        new string('[', 10_000), "{\"blocks\":\"" + new string('x', 100) + "\"}", "\u0000\uFFFF", "{\"v\":1,\"blocks\":[{\"settings\":5,\"anchor\":\"x\"}]}",
    ];

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_values_never_throw(string? value)
    {
        var list = ProgramBlockList.Parse(value);
        var json = ProgramBlockList.Normalise(value);

        Assert.True(json is null || JsonNode.Parse(json) is JsonObject);
        Assert.Equal(list.Count == 0, json is null);
    }

    [Fact]
    public void Values_arrive_as_JSON_nodes_and_elements_too()
    {
        var text = $$$"""{"v":2,"blocks":[{"key":"{{{KeyA}}}","kind":"richText","content":{"markup":"x"}}]}""";

        Assert.Single(ProgramBlockList.Parse(JsonNode.Parse(text)));
        Assert.Single(ProgramBlockList.Parse(JsonDocument.Parse(text).RootElement));
    }

    [Fact]
    public void Parsing_does_not_change_the_incoming_node()
    {
        var node = JsonNode.Parse("""{"v":1,"blocks":[{"kind":"richText","content":{"markup":"x"},"anchor":"a"}]}""")!;
        var before = node.ToJsonString();

        ProgramBlockList.Parse(node);

        Assert.Equal(before, node.ToJsonString());
    }
}
