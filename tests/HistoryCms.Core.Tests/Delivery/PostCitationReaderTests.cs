using HistoryCms.Core.Citations;
using HistoryCms.Core.Delivery;
using HistoryCms.Core.Tests.Citations;
using HistoryCms.Core.Tests.Content;
using A = HistoryCms.Core.HistoryAliases;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Core.Tests.Delivery;

/// <summary>
/// A post's notes and exports are numbered by the body's markers also when the body is stored the way Umbraco 17 stores
/// rich text (RichTextPropertyEditorHelper.SerializeRichTextEditorValue with the BasicLatin JavaScriptEncoder, release/17.4.2).
/// </summary>
public sealed class PostCitationReaderTests
{
    private const string First = "3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c";
    private const string Second = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    private static readonly string Citations = $$"""
        {"v":1,"citations":[
          {"key":"{{First}}","documentKey":"{{TestContent.RecordKey}}"},
          {"key":"{{Second}}","documentKey":"{{TestContent.BundesarchivKey}}"}]}
        """;

    private static readonly string BodyCitingSecondFirst =
        $"<p>One.<sup data-citation=\"{Second}\"></sup> Two.<sup data-citation=\"{First}\"></sup></p>";

    public static TheoryData<string> StoredBodies => new()
    {
        BodyCitingSecondFirst,
        UmbracoStoredRichText.Stored(BodyCitingSecondFirst),
    };

    [Theory]
    [MemberData(nameof(StoredBodies))]
    public void Notes_are_numbered_in_body_order_whatever_form_the_body_is_stored_in(string body)
    {
        var post = TestContent.Item(TestContent.PostKey, A.ContentTypes.BlogPost, "Failed Diplomacy", new()
        {
            [P.Body] = body,
            [P.Citations] = Citations,
        });

        var settings = new CitationSettings(new CitationStyleOptions(), TestContent.Sample(), _ => null);
        var notes = PostCitationReader.Citations(post, settings);
        var exports = PostCitationReader.ExportItems(post, settings);

        Assert.Equal([(Second, 1), (First, 2)], notes.Select(n => (n.Key, n.Number)));
        Assert.Equal([TestContent.BundesarchivKey, TestContent.RecordKey], exports.Select(e => e.Document.Key));
    }
}
