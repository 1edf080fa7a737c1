using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using K = HistoryCms.USync.Cli.Samples.SampleKeys;

namespace HistoryCms.USync.Cli.Samples;

/// <summary>Raw stored values of the sample content, in the stored formats the readers fix (pickers, <c>CitationJson</c>, <c>ProgramBlockList</c>).</summary>
internal static class SampleValues
{
    /// <summary>The words of George Marshall's speech that the post quotes.</summary>
    public const string MarshallQuote =
        "that further attempts to solve the Korean problem by means of bilateral negotiations will only serve to delay the establishment of an independent, united Korea.";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Where each citation's marker goes: right after these words of the body, which end the sentence naming the document.
    /// </summary>
    public static IReadOnlyList<(string Anchor, Guid Citation)> CitationAnchors { get; } =
    [
        ("independent, united Korea.”", K.CitesMarshallSpeech),
        ("the New York Times called “stunning.”", K.CitesVyshinskySpeech),
        ("to organize elections by March 1948.", K.CitesUsDraftResolution),
        ("but both were voted down.", K.CitesSovietDraftResolution),
    ];

    /// <summary>Text escaped for an HTML text node (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>).</summary>
    public static string EscapeHtml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A multi-node tree picker value: comma-separated document UDIs.</summary>
    public static string Udis(params Guid[] keys) => string.Join(',', keys.Select(k => $"umb://document/{k:N}"));

    /// <summary>A dropdown value: a JSON array of strings.</summary>
    public static string JsonArray(params string[] values) => JsonSerializer.Serialize(values, Json);

    /// <summary>The post's citations value, in the order the body cites the documents.</summary>
    /// <param name="body">The post's body paragraphs (plain text), to check every anchor and quote is the post's own.</param>
    /// <returns>The stored value.</returns>
    /// <exception cref="InvalidOperationException">An anchor or the quote is not found exactly once in the body.</exception>
    public static string Citations(IReadOnlyList<string> body)
    {
        var text = string.Join('\n', body);
        foreach (var anchor in CitationAnchors.Select(a => a.Anchor).Append(MarshallQuote))
        {
            if (text.IndexOf(anchor, StringComparison.Ordinal) is var at && (at < 0 || text.IndexOf(anchor, at + 1, StringComparison.Ordinal) >= 0))
            {
                throw new InvalidOperationException($"The post's body does not hold \"{anchor}\" exactly once.");
            }
        }

        var citations = new JsonArray(
            Citation(K.CitesMarshallSpeech, K.MarshallSpeech, MarshallQuote),
            Citation(K.CitesVyshinskySpeech, K.VyshinskySpeech, quote: null),
            Citation(K.CitesUsDraftResolution, K.UsDraftResolution, quote: null),
            Citation(K.CitesSovietDraftResolution, K.SovietDraftResolution, quote: null));
        return new JsonObject { ["v"] = 1, ["citations"] = citations }.ToJsonString(Json);
    }

    /// <summary>The History and Public Policy Program's page blocks (value version 2).</summary>
    /// <param name="description">The program's description, shown as the page's opening text.</param>
    /// <returns>The stored value.</returns>
    public static string HappBlocks(string description)
    {
        var blocks = new JsonArray(
            Block(K.HappAboutBlock, "richText", new JsonObject { ["markup"] = $"<p>{description}</p>" }, "about", "About"),
            Block(K.HappProjectsBlock, "projectPromos",
                new JsonObject { ["items"] = new JsonArray(new JsonObject { ["program"] = $"{K.Nkidp:D}" }, new JsonObject { ["program"] = $"{K.Cwihp:D}" }) },
                "projects", "Read More"),
            Block(K.HappLatestPostsBlock, "latestPosts", new JsonObject { ["count"] = 3, ["includeProjects"] = true }, "latest-posts", "Latest posts"),
            Block(K.HappPeopleBlock, "people",
                new JsonObject { ["items"] = new JsonArray(new JsonObject { ["author"] = $"{K.CharlesKraus:D}", ["role"] = "Deputy Director" }) },
                "people", "People"),
            Block(K.HappDocumentsBlock, "featuredDocuments",
                new JsonObject { ["documents"] = new JsonArray($"{K.UsDraftResolution:D}", $"{K.SovietDraftResolution:D}") },
                "documents", "Featured documents"));
        return new JsonObject { ["v"] = 2, ["blocks"] = blocks }.ToJsonString(Json);
    }

    private static JsonObject Citation(Guid key, Guid document, string? quote)
    {
        var citation = new JsonObject { ["key"] = $"{key:D}", ["documentKey"] = $"{document:D}" };
        if (quote is not null)
        {
            citation["quote"] = quote;
        }

        return citation;
    }

    private static JsonObject Block(Guid key, string kind, JsonObject content, string anchor, string heading) => new()
    {
        ["key"] = $"{key:D}",
        ["kind"] = kind,
        ["content"] = content,
        ["settings"] = new JsonObject { ["anchor"] = anchor, ["hidden"] = false, ["heading"] = heading },
    };
}
