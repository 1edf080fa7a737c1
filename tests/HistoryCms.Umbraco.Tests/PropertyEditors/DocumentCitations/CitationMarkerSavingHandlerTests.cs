using HistoryCms.Core;
using HistoryCms.Core.Tests.Content;
using HistoryCms.Umbraco.PropertyEditors.DocumentCitations;
using HistoryCms.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using UmbracoContent = Umbraco.Cms.Core.Models.Content;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.DocumentCitations;

public sealed class CitationMarkerSavingHandlerTests
{
    private const string Key1 = "3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c";
    private const string Gone = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    private static UmbracoContent Post(string body, string? citations)
    {
        var type = new ContentType(UmbracoTestObjects.ShortStringHelper, -1) { Alias = HistoryAliases.ContentTypes.BlogPost, Name = "Blog post" };
        type.AddPropertyType(new PropertyType(UmbracoTestObjects.ShortStringHelper, "Umbraco.RichText", ValueStorageType.Ntext, "body") { Name = "Body" });
        type.AddPropertyType(new PropertyType(UmbracoTestObjects.ShortStringHelper, HistoryAliases.Editors.DocumentCitations, ValueStorageType.Ntext, "citations") { Name = "Citations" });
        var post = new UmbracoContent("Failed Diplomacy", -1, type);
        post.SetValue("body", body);
        post.SetValue("citations", citations);
        return post;
    }

    private static string Citations => $$"""{"v":1,"citations":[{"key":"{{Key1}}","documentKey":"6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61"}]}""";

    [Fact]
    public void Cancels_saving_a_post_whose_marker_points_at_no_citation_and_names_the_marker()
    {
        var notification = new ContentSavingNotification(Post($"<p>a<sup data-citation=\"{Key1}\"></sup> b<sup data-citation=\"{Gone}\"></sup></p>", Citations), new EventMessages());

        new CitationMarkerSavingHandler().Handle(notification);

        Assert.True(notification.Cancel);
        var message = Assert.Single(notification.Messages.GetAll());
        Assert.Equal(EventMessageType.Error, message.MessageType);
        Assert.Equal(
            $"\"Failed Diplomacy\" cannot be saved: Body: Citation marker 2 in the body (\"{Gone}\") points at no citation of this post. Remove the marker, or add the citation back and insert the marker again with \"Cite\".",
            message.Message);
    }

    /// <summary>
    /// Umbraco 17 stores the body as RichTextPropertyEditorHelper.SerializeRichTextEditorValue writes it: the JSON envelope
    /// with every "&lt;" and quote escaped by the BasicLatin JavaScriptEncoder (Infrastructure/PropertyEditors/RichTextPropertyEditor.cs,
    /// release/17.4.2). The saving notification sees that stored string as the property's edited value.
    /// </summary>
    [Fact]
    public void Cancels_saving_a_post_whose_body_is_stored_as_Umbracos_escaped_json_envelope()
    {
        var stored = UmbracoStoredRichText.Stored($"<p>a<sup data-citation=\"{Key1}\"></sup> b<sup data-citation=\"{Gone}\"></sup></p>");
        var notification = new ContentSavingNotification(Post(stored, Citations), new EventMessages());

        new CitationMarkerSavingHandler().Handle(notification);

        Assert.True(notification.Cancel);
        Assert.Contains($"Citation marker 2 in the body (\"{Gone}\")", Assert.Single(notification.Messages.GetAll()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checks_the_markers_of_a_stored_value_with_blocks()
    {
        var stored = UmbracoStoredRichText.WithBlocks(RepositoryRoot.Combine("tests", "fixtures"));

        var messages = CitationMarkerSavingHandler.Check(Post(stored, Citations));

        Assert.Equal(2, messages.Count);
        Assert.Contains("8378b537-cdfa-447b-9391-08cd9f3b34d9", messages[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>No markers.</p>")]
    [InlineData("<p>Cited.<sup data-citation=\"3F2B8C1E-7A4D-4E9B-B1C2-0D9E8F7A6B5C\"></sup></p>")]
    public void Lets_a_post_without_dangling_markers_save(string body)
    {
        var notification = new ContentSavingNotification(Post(body, Citations), new EventMessages());

        new CitationMarkerSavingHandler().Handle(notification);

        Assert.False(notification.Cancel);
        Assert.Equal(0, notification.Messages.Count);
    }

    [Fact]
    public void Reports_every_marker_when_the_post_has_no_citations_left()
    {
        var messages = CitationMarkerSavingHandler.Check(Post($"<sup data-citation=\"{Key1}\"></sup><sup data-citation=\"\"></sup>", null));

        Assert.Equal(2, messages.Count);
        Assert.Contains("has no citation key", messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_items_without_a_citations_property()
    {
        var type = new ContentType(UmbracoTestObjects.ShortStringHelper, -1) { Alias = "historyProgram" };
        type.AddPropertyType(new PropertyType(UmbracoTestObjects.ShortStringHelper, "Umbraco.RichText", ValueStorageType.Ntext, "body"));
        var program = new UmbracoContent("HAPP", -1, type);
        program.SetValue("body", $"<sup data-citation=\"{Gone}\"></sup>");

        Assert.Empty(CitationMarkerSavingHandler.Check(program));
    }
}
