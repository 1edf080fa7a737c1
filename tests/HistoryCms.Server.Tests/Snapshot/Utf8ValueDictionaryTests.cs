using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Tests.Snapshot;

public sealed class Utf8ValueDictionaryTests
{
    private static readonly Dictionary<string, string?> Values = new()
    {
        ["title"] = "Record of a Conversation",
        ["blank"] = "  ",
        ["missing"] = null,
        ["originalTitle"] = "Запись беседы 박성철 — “quoted”",
        ["body"] = "<p>x</p>",
    };

    [Fact]
    public void Every_non_blank_value_reads_back_as_it_was_written_in_order()
    {
        var compact = Utf8ValueDictionary.From(Values);

        Assert.Equal(["title", "originalTitle", "body"], compact.Keys);
        Assert.Equal(["Record of a Conversation", "Запись беседы 박성철 — “quoted”", "<p>x</p>"], compact.Values);
        Assert.Equal("Запись беседы 박성철 — “quoted”", compact["originalTitle"]);
        Assert.Equal(Values.Where(p => !string.IsNullOrWhiteSpace(p.Value)), compact);
    }

    [Fact]
    public void Blank_and_unknown_properties_read_as_absent()
    {
        var compact = Utf8ValueDictionary.From(Values);

        Assert.False(compact.TryGetValue("blank", out _));
        Assert.False(compact.ContainsKey("missing"));
        Assert.Throws<KeyNotFoundException>(() => compact["unknown"]);
        Assert.Empty(Utf8ValueDictionary.From(new Dictionary<string, string?> { ["a"] = "" }));
    }

    [Fact]
    public void Items_with_the_same_properties_filled_in_share_one_alias_array()
    {
        var one = Utf8ValueDictionary.From(Values);
        var other = Utf8ValueDictionary.From(new Dictionary<string, string?> { ["title"] = "B", ["originalTitle"] = "C", ["body"] = "D" });

        Assert.Same(one.Keys, other.Keys);
        Assert.Equal("D", other["body"]);
    }
}
