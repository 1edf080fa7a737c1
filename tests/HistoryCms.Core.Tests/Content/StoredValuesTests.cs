using HistoryCms.Core.Content;

namespace HistoryCms.Core.Tests.Content;

public class StoredValuesTests
{
    private static readonly Guid First = new("0d1b5a0e-6b9e-4c8f-9a5b-2f3c4d5e6f70");
    private static readonly Guid Second = new("a1b2c3d4-e5f6-4789-8abc-def012345678");

    [Theory]
    [InlineData("umb://document/0d1b5a0e6b9e4c8f9a5b2f3c4d5e6f70,umb://document/a1b2c3d4e5f647898abcdef012345678", 2)]
    [InlineData("umb://document/0d1b5a0e6b9e4c8f9a5b2f3c4d5e6f70", 1)]
    [InlineData("[\"umb://document/0d1b5a0e6b9e4c8f9a5b2f3c4d5e6f70\",\"umb://document/a1b2c3d4e5f647898abcdef012345678\"]", 2)]
    [InlineData("0d1b5a0e-6b9e-4c8f-9a5b-2f3c4d5e6f70, a1b2c3d4-e5f6-4789-8abc-def012345678", 2)]
    [InlineData("umb://document/0d1b5a0e6b9e4c8f9a5b2f3c4d5e6f70,umb://document/0d1b5a0e6b9e4c8f9a5b2f3c4d5e6f70", 1)]
    [InlineData("umb://document/not-a-guid,umb://document/0d1b5a0e6b9e4c8f9a5b2f3c4d5e6f70", 1)]
    [InlineData("umb://document/00000000000000000000000000000000", 0)]
    [InlineData("[1, {\"a\":2}, null]", 0)]
    [InlineData("[broken", 0)]
    [InlineData("", 0)]
    [InlineData(null, 0)]
    public void Reads_picker_keys_from_every_stored_shape(string? raw, int count)
    {
        var keys = StoredValues.Keys(raw);
        Assert.Equal(count, keys.Count);
        if (count > 0)
        {
            Assert.Equal(First, keys[0]);
        }
    }

    [Theory]
    [InlineData("[\"Korea\",\"United Nations\"]", "Korea|United Nations")]
    [InlineData("[\"Letter\"]", "Letter")]
    [InlineData("Korea, United Nations", "Korea|United Nations")]
    [InlineData("Letter", "Letter")]
    [InlineData("[\" Korea \",\"\",\"Korea\",7]", "Korea|7")]
    [InlineData("[\"Korea\"", "")]
    [InlineData("{\"a\":1}", "{\"a\":1}")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Reads_tags_and_dropdown_values(string? raw, string expected) =>
        Assert.Equal(expected, string.Join('|', StoredValues.Strings(raw)));

    [Theory]
    [InlineData("Gary Goldberg\nSvetlana Savranskaya", "Gary Goldberg|Svetlana Savranskaya")]
    [InlineData("Gary Goldberg\r\n\r\n  Svetlana Savranskaya  \n", "Gary Goldberg|Svetlana Savranskaya")]
    [InlineData("[\"Gary Goldberg\",\"Svetlana Savranskaya\"]", "Gary Goldberg|Svetlana Savranskaya")]
    [InlineData("[Name unknown]", "[Name unknown]")]
    [InlineData("   ", "")]
    public void Reads_multiple_textstring_lines(string raw, string expected) =>
        Assert.Equal(expected, string.Join('|', StoredValues.Lines(raw)));

    [Theory]
    [InlineData("2024-05-01 00:00:00", "2024-05-01")]
    [InlineData("2024-05-01T00:00:00Z", "2024-05-01")]
    [InlineData("2024-05-01", "2024-05-01")]
    [InlineData("0001-01-01 00:00:00", null)]
    [InlineData("yesterday", null)]
    [InlineData("", null)]
    public void Reads_dates(string raw, string? expected) =>
        Assert.Equal(expected, StoredValues.Date(raw)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("<p>Text</p>", "<p>Text</p>")]
    [InlineData("{\"markup\":\"<p>Text</p>\",\"blocks\":null}", "<p>Text</p>")]
    [InlineData("{not json", "{not json")]
    [InlineData("", "")]
    public void Reads_rich_text_markup(string raw, string expected) => Assert.Equal(expected, StoredValues.Html(raw));

    [Fact]
    public void Reads_media_picks_with_key_type_and_focal_point()
    {
        var raw = """[{"key":"a1b2c3d4-e5f6-4789-8abc-def012345678","mediaKey":"0d1b5a0e-6b9e-4c8f-9a5b-2f3c4d5e6f70","mediaTypeAlias":"Image","crops":[],"focalPoint":{"left":0.25,"top":0.75}},{"mediaKey":"garbage"},"umb://media/a1b2c3d4e5f647898abcdef012345678",42]""";

        var images = StoredValues.Images(raw, "A caption");

        Assert.Equal(2, images.Count);
        Assert.Equal(new ImageReference(First, Second, "Image", "A caption", 0.25, 0.75), images[0]);
        Assert.Equal(new ImageReference(Second, Alt: "A caption"), images[1]);
    }

    [Theory]
    [InlineData("umb://media/0d1b5a0e6b9e4c8f9a5b2f3c4d5e6f70", 1)]
    [InlineData("[{\"mediaKey\":null}]", 0)]
    [InlineData("[{", 0)]
    [InlineData("{\"mediaKey\":\"0d1b5a0e-6b9e-4c8f-9a5b-2f3c4d5e6f70\"}", 0)]
    [InlineData(null, 0)]
    public void Tolerates_odd_media_values(string? raw, int count) => Assert.Equal(count, StoredValues.Images(raw).Count);

    [Fact]
    public void Reads_external_and_internal_links()
    {
        var raw = """
            [{"name":"ORCID","url":"https://orcid.org/0000-0002-1825-0097","target":"_blank","type":"external","unique":null},
             {"name":"Program page","type":"document","unique":"0d1b5a0e-6b9e-4c8f-9a5b-2f3c4d5e6f70","url":null,"queryString":"?tab=people"},
             {"name":"Old style","udi":"umb://document/a1b2c3d4e5f647898abcdef012345678"},
             {"name":"Nothing"}, 7, null]
            """;

        var links = StoredValues.Links(raw, key => key == First ? "/programs/happ/" : null);

        Assert.Equal(3, links.Count);
        Assert.Equal(new WebLink("ORCID", "https://orcid.org/0000-0002-1825-0097", "_blank"), links[0]);
        Assert.Equal(new WebLink("Program page", "/programs/happ/?tab=people", null, First), links[1]);
        Assert.Equal(new WebLink("Old style", "", null, Second), links[2]);
    }

    [Fact]
    public void A_link_without_a_name_is_named_by_its_url() =>
        Assert.Equal("https://example.org", StoredValues.Links("""[{"url":"https://example.org"}]""")[0].Name);
}
