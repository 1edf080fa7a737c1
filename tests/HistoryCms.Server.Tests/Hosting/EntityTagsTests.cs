namespace HistoryCms.Server.Tests.Hosting;

/// <summary>If-None-Match evaluation (RFC 9110, 13.1.2 and the weak comparison of 8.8.3.2).</summary>
public sealed class EntityTagsTests
{
    [Theory]
    [InlineData("W/\"5\"", "W/\"5\"", true)]
    [InlineData("\"5\"", "W/\"5\"", true)]
    [InlineData("W/\"5\"", "\"5\"", true)]
    [InlineData("*", "W/\"5\"", true)]
    [InlineData("\"1\", \"5\"", "W/\"5\"", true)]
    [InlineData("\"1\",W/\"5\"", "W/\"5\"", true)]
    [InlineData(" , \"5\" ,", "W/\"5\"", true)]
    [InlineData("\"a,b\", \"5\"", "W/\"5\"", true)]
    [InlineData("\"55\"", "W/\"5\"", false)]
    [InlineData("\"1\", \"2\"", "W/\"5\"", false)]
    [InlineData("5", "W/\"5\"", false)]
    [InlineData("\"5", "W/\"5\"", false)]
    [InlineData("w/\"5\"", "W/\"5\"", false)]
    [InlineData("", "W/\"5\"", false)]
    [InlineData("\"5\"", "", false)]
    public void If_None_Match_compares_entity_tags_weakly(string ifNoneMatch, string current, bool matches)
    {
        Assert.Equal(matches, EntityTags.WeakMatch(ifNoneMatch, current));
    }
}
