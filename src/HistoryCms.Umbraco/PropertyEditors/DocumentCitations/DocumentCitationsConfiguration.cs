using System.Text.Json.Serialization;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// Configuration of a Document Citations data type. The keys are the ones the content model
/// (<c>HistoryContentModel.DataTypes</c>) and the backoffice client use. Each property reads every shape its
/// configuration UI saves (see the client's <c>document-citations/manifests.ts</c>) and never throws: Umbraco's
/// <c>ConfigurationEditor&lt;T&gt;</c> deserializes with System.Text.Json and fails the whole data type on a mismatch.
/// </summary>
public sealed class DocumentCitationsConfiguration
{
    /// <summary>Aliases (or keys) of the document types a citation may point to; empty allows any document.</summary>
    /// <remarks>Set with <c>Umb.PropertyEditorUi.MultipleTextString</c>: an array of strings.</remarks>
    [ConfigurationField("allowedDocumentTypes")]
    [JsonPropertyName("allowedDocumentTypes")]
    [JsonConverter(typeof(ConfigurationTextListConverter))]
    public IReadOnlyList<string> AllowedContentTypes { get; set => field = value ?? []; } = [];

    /// <summary>The fewest citations a value may hold.</summary>
    /// <remarks>Set with <c>Umb.PropertyEditorUi.Integer</c>: a number, or nothing when cleared.</remarks>
    [ConfigurationField("minItems")]
    [JsonConverter(typeof(ConfigurationWholeNumberConverter))]
    public int MinItems { get; set; }

    /// <summary>The most citations a value may hold; 0 means no limit.</summary>
    /// <remarks>Set with <c>Umb.PropertyEditorUi.Integer</c>: a number, or nothing when cleared.</remarks>
    [ConfigurationField("maxItems")]
    [JsonConverter(typeof(ConfigurationWholeNumberConverter))]
    public int MaxItems { get; set; }

    /// <summary>Whether every citation must give a locator (page, folio, ...).</summary>
    /// <remarks>Set with <c>Umb.PropertyEditorUi.Toggle</c>: a boolean.</remarks>
    [ConfigurationField("requireLocator")]
    [JsonConverter(typeof(ConfigurationToggleConverter))]
    public bool RequireLocator { get; set; }
}
