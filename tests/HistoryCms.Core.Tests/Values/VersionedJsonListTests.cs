using System.Text.Json.Nodes;
using HistoryCms.Core.Values;

namespace HistoryCms.Core.Tests.Values;

public class VersionedJsonListTests
{
    private static readonly VersionedJsonList Format = new("items", 3, new Dictionary<int, Func<JsonObject, JsonObject>>
    {
        [1] = v1 => { v1["items"] = new JsonArray([.. v1["items"]!.AsArray().Select(i => (JsonNode?)JsonValue.Create($"{i}+2"))]); v1["v"] = 2; return v1; },
        [2] = v2 => { v2["items"] = new JsonArray([.. v2["items"]!.AsArray().Select(i => (JsonNode?)JsonValue.Create($"{i}+3"))]); v2["v"] = 3; return v2; },
    });

    [Theory]
    [InlineData("""{"v":1,"items":["a"]}""", 1, "a+2+3")]
    [InlineData("""{"v":2,"items":["a"]}""", 2, "a+3")]
    [InlineData("""{"v":3,"items":["a"]}""", 3, "a")]
    [InlineData("""{"items":["a"]}""", 1, "a+2+3")]
    [InlineData("""["a"]""", 1, "a+2+3")]
    public void Older_versions_are_upgraded_step_by_step(string value, int sourceVersion, string item)
    {
        var reading = Format.Read(value);

        Assert.Empty(reading.Problems);
        Assert.Equal(sourceVersion, reading.SourceVersion);
        Assert.Equal(item, Assert.Single(reading.Items)!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"v":4,"items":["a"]}""", "v: This value was written by a newer version of HistoryCms (format 4; this site reads format 3).")]
    [InlineData("""{"v":0,"items":[]}""", "v: The format version \"0\" is not one HistoryCms knows (this site reads format 3). It is read as version 3.")]
    [InlineData("""{"v":1.5,"items":[]}""", "v: The format version \"1.5\" is not one HistoryCms knows (this site reads format 3). It is read as version 3.")]
    [InlineData("""{"v":3,"items":"a"}""", "items: The items must be a JSON array, not text.")]
    [InlineData("12", "The value must be a JSON object with a list of items, not a number.")]
    [InlineData("{\"v\":", "The value is not valid JSON")]
    public void What_cannot_be_read_is_a_message_not_an_exception(string value, string expectedStart)
    {
        var reading = Format.Read(value);

        Assert.StartsWith(expectedStart, Assert.Single(reading.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_puts_the_current_version_first_and_keeps_text_readable()
    {
        Assert.Equal("""{"v":3,"items":["Вышинский <b>"]}""", Format.Write([JsonValue.Create("Вышинский <b>")]));
    }

    [Fact]
    public void Unknown_fields_of_the_envelope_are_ignored()
    {
        Assert.Single(Format.Read("""{"v":3,"items":["a"],"extra":{"x":1}}""").Items);
    }
}
