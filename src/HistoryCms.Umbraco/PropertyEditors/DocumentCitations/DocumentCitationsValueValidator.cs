using System.ComponentModel.DataAnnotations;
using HistoryCms.Core.Citations;
using HistoryCms.Core.Validation;
using HistoryCms.Umbraco.ContentLookup;
using Umbraco.Cms.Core.Models.Validation;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// Validates a Document Citations value with the domain's <see cref="CitationValidator"/>, against drafts as well
/// as published documents (an editor may cite a document that is not published yet). Each message is reported at
/// its JSON path inside the value (e.g. <c>citations[2].locator.value</c>) so the editor shows it next to the
/// citation; messages about the whole value are reported on the property. A citation of a document that cannot be found
/// blocks only an editor's own save (<see cref="ValidationOrigin"/>): an import that brings the post before the
/// documents it cites publishes it, with a warning.
/// </summary>
/// <param name="lookups">Umbraco's content, as Core sees it.</param>
public sealed class DocumentCitationsValueValidator(UmbracoContentLookup lookups) : IValueValidator
{
    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(object? value, string? valueType, object? dataTypeConfiguration, PropertyValidationContext validationContext)
    {
        var messages = new CitationValidator(lookups.Preview).Validate(value, ConfigurationOf(dataTypeConfiguration));
        return JsonPathResults.For(ValidationOrigin.Blocking(messages, validationContext));
    }

    /// <summary>The domain configuration of a data type configuration object.</summary>
    /// <param name="configuration">A <see cref="DocumentCitationsConfiguration"/>, a dictionary, or <c>null</c>.</param>
    /// <returns>The domain configuration.</returns>
    public static CitationsConfiguration ConfigurationOf(object? configuration) => configuration switch
    {
        DocumentCitationsConfiguration c => new CitationsConfiguration(
            c.AllowedContentTypes ?? [], Math.Max(0, c.MinItems), Math.Max(0, c.MaxItems), c.RequireLocator),
        IDictionary<string, object> d => CitationsConfiguration.From(d.ToDictionary(p => p.Key, p => (object?)p.Value)),
        _ => CitationsConfiguration.Default,
    };

    /// <summary>Nests the messages by JSON path, the shape Umbraco turns into per-field validation messages (<see cref="JsonPathResults.From"/>).</summary>
    /// <param name="messages">The domain messages.</param>
    /// <returns>One result holding them all.</returns>
    public static ValidationResult ToResult(IEnumerable<ValidationMessage> messages) => JsonPathResults.From(messages);
}
