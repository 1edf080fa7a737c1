namespace HistoryCms.Import.Tests.Planning;

public sealed class ImportKeysTests
{
    [Fact]
    public void The_same_identity_gives_the_same_key_and_another_kind_or_identity_another()
    {
        var key = ImportKeys.For("digital-archive-record", "300653");

        Assert.Equal(key, ImportKeys.For("digital-archive-record", " 300653 "));
        Assert.NotEqual(key, ImportKeys.For("digital-archive-record", "300654"));
        Assert.NotEqual(key, ImportKeys.For("post", "300653"));
        Assert.Equal(5, key.Version);
    }
}
