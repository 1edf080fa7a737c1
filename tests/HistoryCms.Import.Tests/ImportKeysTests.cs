namespace HistoryCms.Import.Tests;

public class ImportKeysTests
{
    // Expected keys computed independently with Python's uuid.uuid5(uuid.UUID("c611dc9d-1f0b-4892-8c56-24f5c7f88aec"), name).
    [Theory]
    [InlineData("300653", "d15f1ee9-e772-5a07-8fd3-039d5357171d")]
    [InlineData(" 300653 ", "d15f1ee9-e772-5a07-8fd3-039d5357171d")]
    public void A_document_key_is_the_rfc_4122_version_5_uuid_of_its_record_id(string recordId, string expected) =>
        Assert.Equal(new Guid(expected), ImportKeys.DocumentKey(recordId));

    [Theory]
    [InlineData("https://www.wilsoncenter.org/blog-post/failed-diplomacy-soviet-american-relations-and-division-korea")]
    [InlineData("http://wilsoncenter.org/blog-post/failed-diplomacy-soviet-american-relations-and-division-korea/")]
    [InlineData("https://WWW.WilsonCenter.org/blog-post/failed-diplomacy-soviet-american-relations-and-division-korea?utm_source=x#top")]
    public void A_post_key_is_the_same_for_every_spelling_of_its_old_url(string url) =>
        Assert.Equal(new Guid("b3554cf2-3348-5da4-b256-3cd416ec4424"), ImportKeys.PostKey(url));

    [Fact]
    public void Names_key_alike_whatever_their_spacing_and_case()
    {
        Assert.Equal(ImportKeys.AuthorKey("Charles Kraus"), ImportKeys.AuthorKey("  charles   KRAUS "));
        Assert.Equal(ImportKeys.ProgramKey("History and Public Policy Program"), ImportKeys.ProgramKey("History and Public Policy  Program"));
    }

    [Fact]
    public void Kinds_of_item_never_share_a_key()
    {
        var keys = new[] { ImportKeys.AuthorKey("Korea"), ImportKeys.ProgramKey("Korea"), ImportKeys.DocumentKey("Korea"), ImportKeys.PostKey("Korea"), ImportKeys.CitationKey("Korea", 1) };

        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.All(keys, k => Assert.Equal('5', k.ToString("D")[14]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_identity_has_no_key(string blank) =>
        Assert.Throws<ArgumentException>(() => ImportKeys.DocumentKey(blank));
}
