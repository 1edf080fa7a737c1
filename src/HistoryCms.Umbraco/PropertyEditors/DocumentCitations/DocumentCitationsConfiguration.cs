using System.Text.Json.Serialization;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// Configuration of a Document Citations data type. The keys are the ones the content model
/// (<c>HistoryContentModel.DataTypes</c>) and the backoffice client use. Each property reads every shape its
/// configuration UI saves (see the client's <c>document-citations/manifests.ts</c>) and never throws: Umbraco's
/// <c>ConfigurationEditor&lt;T&gt;</c> deserializes with System.Text.Json and fails the whole data type on a mismatch.
/// </summary>
public sealed class DocumentCitationsConfiguration : ItemLimitsConfiguration
{
    /// <summary>Aliases (or keys) of the document types a citation may point to; empty allows any document.</summary>
    /// <remarks>Set with <c>Umb.PropertyEditorUi.MultipleTextString</c>: an array of strings.</remarks>
    [ConfigurationField("allowedDocumentTypes")]
    [JsonPropertyName("allowedDocumentTypes")]
    [JsonConverter(typeof(ConfigurationTextListConverter))]
    public IReadOnlyList<string> AllowedContentTypes { get; set => field = value ?? []; } = [];

    /// <summary>Whether every citation must give a locator (page, folio, ...).</summary>
    /// <remarks>Set with <c>Umb.PropertyEditorUi.Toggle</c>: a boolean.</remarks>
    [ConfigurationField("requireLocator")]
    [JsonConverter(typeof(ConfigurationToggleConverter))]
    public bool RequireLocator { get; set; }
}
