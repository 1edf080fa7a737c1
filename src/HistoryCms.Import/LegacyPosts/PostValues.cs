using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using HistoryCms.Core.Dates;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>Stored values in the forms Umbraco 17 stores them (and uSync writes them).</summary>
internal static class PostValues
{
    /// <summary>Umbraco's <c>IJsonSerializer</c> encoder (<c>DefaultJsonSerializerEncoderFactory</c>): only Basic Latin unescaped.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions UmbracoJson = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin),
    };

    /// <summary>
    /// A rich-text value as Umbraco 17 stores it: <c>RichTextPropertyEditorHelper.SerializeRichTextEditorValue</c> writes
    /// <c>RichTextEditorValue { Markup, Blocks = null }</c> with camelCase names through the encoder above, so
    /// <c>{"markup":"\u003Cp\u003E…","blocks":null}</c>.
    /// </summary>
    public static string RichText(string html) => new JsonObject { ["markup"] = html, ["blocks"] = null }.ToJsonString(UmbracoJson);

    /// <summary>A multi-node tree picker value: comma-separated document UDIs.</summary>
    public static string? Udis(IEnumerable<Guid> keys)
    {
        var list = keys.Distinct().Select(k => $"umb://document/{k:N}").ToList();
        return list.Count == 0 ? null : string.Join(',', list);
    }

    /// <summary>A date picker value (<c>Umbraco.DateTime</c>), as the sample content writes one: <c>2020-06-18T00:00:00</c>.</summary>
    public static string Date(DateOnly day) => day.ToDateTime(TimeOnly.MinValue).ToString("s", CultureInfo.InvariantCulture);

    /// <summary>Reads a published date: an ISO date-time from page metadata, or a printed date through <see cref="PartialDate"/>.</summary>
    public static PartialDate? ReadDate(string text)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) && text.Contains('T', StringComparison.Ordinal))
        {
            return PartialDate.Of(DatePoint.OfDay(moment.Year, moment.Month, moment.Day));
        }

        return PartialDate.TryParse(text, out var date) && !date.IsUndated ? date : null;
    }
}
