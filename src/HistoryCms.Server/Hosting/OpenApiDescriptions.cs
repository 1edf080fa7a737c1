using System.Text.Json.Nodes;
using HistoryCms.Web.HistoryApi;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HistoryCms.Server;

/// <summary>
/// Completes the OpenAPI document where the endpoints' own signatures cannot: the query parameters and headers an endpoint
/// reads itself (<see cref="DocumentedParameter"/> metadata), and the 304 answer and <c>ETag</c> header of the endpoints that
/// support conditional requests (<see cref="SnapshotETag"/>). HEAD, which every GET endpoint also answers, is not listed
/// as operations of its own: it would repeat each GET's operation id.
/// </summary>
public sealed class OpenApiDescriptions : IOpenApiOperationTransformer
{
    /// <summary>Registers the document's title, the transformer and the HEAD exclusion.</summary>
    /// <param name="options">The OpenAPI options.</param>
    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var include = options.ShouldInclude;
        options.ShouldInclude = description => !HttpMethods.IsHead(description.HttpMethod ?? string.Empty) && include(description);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "HistoryCms delivery server";
            document.Info.Description = "Delivery-API-compatible content endpoints and the History API, over the content in uSync/v17. "
                + "Every GET also answers HEAD; every error is application/problem+json.";
            return Task.CompletedTask;
        });
        options.AddOperationTransformer<OpenApiDescriptions>();
    }

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        foreach (var parameter in metadata.OfType<DocumentedParameter>())
        {
            operation.Parameters ??= [];
            var location = parameter.Location == DocumentedParameter.Header ? ParameterLocation.Header : ParameterLocation.Query;
            if (!operation.Parameters.Any(p => p.In == location && string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                operation.Parameters.Add(ToParameter(parameter, location));
            }
        }

        if (metadata.OfType<SnapshotETag>().Any())
        {
            operation.Responses ??= [];
            if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
            {
                okResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
                okResponse.Headers["ETag"] = new OpenApiHeader
                {
                    Description = "The version of the content the answer is rendered from (weak); send it back in If-None-Match.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }

            operation.Responses.TryAdd("304", new OpenApiResponse { Description = "Not Modified: If-None-Match holds the current ETag (weak comparison)." });
            operation.Parameters ??= [];
            if (!operation.Parameters.Any(p => p.In == ParameterLocation.Header && p.Name == "If-None-Match"))
            {
                operation.Parameters.Add(ToParameter(
                    new DocumentedParameter("If-None-Match", DocumentedParameter.Header, "ETags of copies the client holds, or *: a 304 answers when one is current."),
                    ParameterLocation.Header));
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiParameter ToParameter(DocumentedParameter parameter, ParameterLocation location)
    {
        var schema = new OpenApiSchema
        {
            Type = parameter.Type switch
            {
                "integer" => JsonSchemaType.Integer,
                "boolean" => JsonSchemaType.Boolean,
                _ => JsonSchemaType.String,
            },
            Format = parameter.Format,
            Default = parameter.Default is null ? null : JsonNode.Parse(parameter.Default),
        };
        return new OpenApiParameter
        {
            Name = parameter.Name,
            In = location,
            Description = parameter.Description,
            Required = false,
            Schema = parameter.Repeatable ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema,
            // The defaults of each location: form-style, exploded query values (id=a&id=b); simple-style headers.
            Style = location == ParameterLocation.Query ? ParameterStyle.Form : ParameterStyle.Simple,
            Explode = location == ParameterLocation.Query,
        };
    }
}
