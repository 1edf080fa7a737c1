using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Citations;
using HistoryCms.Web.HistoryApi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HistoryCms.Web.Citations;

/// <summary>
/// <c>POST /history/api/v1/citations/preview</c>: the backoffice citations editor sends its whole list (and the post
/// body, for numbering) and gets back, in one answer, each citation's number, document, formatted notes (by the one C#
/// formatter) and validation messages. Bad input gets a problem+json 400, never a 500.
/// </summary>
/// <remarks>
/// Requires the authorization policy <see cref="AuthorizationPolicy"/>: in an Umbraco site the package makes it
/// Umbraco's backoffice access policy; another host (the delivery server) defines it as it sees fit. It previews drafts
/// for the backoffice: the delivery server opens no CORS policy on it (its policy is required by the public read-only
/// endpoints only, and no default policy is registered).
/// </remarks>
/// <param name="preview">Builds the preview over the host's content (drafts included in a site).</param>
[ApiController]
[Route(RoutePath)]
[Authorize(Policy = AuthorizationPolicy)]
public sealed class CitationPreviewController(CitationPreviewBuilder preview) : ControllerBase
{
    /// <summary>The route.</summary>
    public const string RoutePath = HistoryApiEndpoints.RelativePrefix + "/citations/preview";

    /// <summary>The authorization policy the endpoint requires.</summary>
    public const string AuthorizationPolicy = "HistoryCms.CitationPreview";

    /// <summary>The largest request accepted, in bytes.</summary>
    public const int MaxRequestBytes = 4_000_000;

    /// <summary>Previews a citations value.</summary>
    /// <param name="request">The request: <c>{"value": &lt;citations value&gt;, "body": "&lt;post body html&gt;", "configuration": {...}}</c>; body and configuration optional.</param>
    /// <returns>The preview, or a problem for a request that is not such an object.</returns>
    [HttpPost]
    [Consumes("application/json")]
    [RequestSizeLimit(MaxRequestBytes)]
    [ProducesResponseType<CitationPreview>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public IActionResult Post([FromBody] JsonElement request)
    {
        if (request.ValueKind != JsonValueKind.Object)
        {
            return Problem("The request must be a JSON object such as {\"value\": {\"v\":1,\"citations\":[]}, \"body\": \"<p>…</p>\"}.");
        }

        string? body = null;
        if (request.TryGetProperty("body", out var bodyElement))
        {
            if (bodyElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return Problem("\"body\" must be the post body as an HTML string.");
            }

            body = bodyElement.ValueKind == JsonValueKind.String ? bodyElement.GetString() : null;
        }

        CitationsConfiguration? configuration = null;
        if (request.TryGetProperty("configuration", out var configurationElement) && configurationElement.ValueKind == JsonValueKind.Object)
        {
            configuration = CitationsConfiguration.From(configurationElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()));
        }

        JsonNode? value = request.TryGetProperty("value", out var valueElement) && valueElement.ValueKind != JsonValueKind.Null
            ? JsonNode.Parse(valueElement.GetRawText())
            : null;
        return Ok(preview.Build(value, body, configuration));
    }

    private ObjectResult Problem(string detail) =>
        Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "The citation preview request cannot be read.");
}
