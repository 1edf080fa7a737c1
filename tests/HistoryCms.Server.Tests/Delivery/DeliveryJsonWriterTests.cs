using System.Buffers;
using System.Text.Json;
using HistoryCms.Server.Delivery;
using HistoryCms.Server.Snapshot;
using Microsoft.Extensions.Options;

namespace HistoryCms.Server.Tests.Delivery;

public sealed class DeliveryJsonWriterTests
{
    private static readonly ContentSnapshot Site = new(TestSite.Items());

    private static readonly DeliveryJsonWriter Writer = new(
        [new TextPropertyWriter(), new RichTextPropertyWriter(), new ContentPickerPropertyWriter(), new MediaPickerPropertyWriter(),
         new StringListPropertyWriter(), new DatePropertyWriter(), new LinkPropertyWriter()],
        Options.Create(new DeliveryServerOptions()),
        new HistoryCms.Web.Citations.SiteRouteCitationSettings(new HistoryCms.Core.Citations.CitationStyleOptions(), new Microsoft.AspNetCore.Http.HttpContextAccessor()));

    public static TheoryData<int, int> Pages => new() { { 0, 0 }, { 0, 1 }, { 3, 5 }, { 0, 16 } };

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_copied_from_the_items_renderings_is_the_json_a_json_writer_writes_around_them(int skip, int take)
    {
        var page = Site.Nodes.Skip(skip).Take(take).ToList();
        var total = 1234567890123L + take;

        var copied = Writer.PageJson(Site, total, page, fields: null, expand: null);

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, DeliveryJsonWriter.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("total", total);
            json.WriteStartArray("items");
            foreach (var node in page)
            {
                Writer.WriteItem(json, Site, node, null, null);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        Assert.Equal(buffer.WrittenSpan.ToArray(), copied.ToArray());
        using var parsed = JsonDocument.Parse(copied);
        Assert.Equal(take, parsed.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void A_page_with_a_field_selection_writes_only_those_fields()
    {
        Assert.True(PropertySelection.TryParse("properties[standfirst]", out var fields, out var error), error);
        var post = Site.Node(TestSite.FailedDiplomacy)!;

        var json = Writer.PageJson(Site, 1, [post], fields, expand: null);

        using var parsed = JsonDocument.Parse(json);
        var properties = parsed.RootElement.GetProperty("items")[0].GetProperty("properties");
        Assert.Equal(["standfirst"], properties.EnumerateObject().Select(p => p.Name));
    }
}
