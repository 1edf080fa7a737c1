using System.Text.Json.Nodes;
using HistoryCms.Core;
using HistoryCms.Core.Citations;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Editors;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Strings;

namespace HistoryCms.Umbraco.PropertyEditors.DocumentCitations;

/// <summary>
/// The value editor of the Document Citations property: normalises what the editor sends (<see cref="CitationNormaliser"/>),
/// hands the stored value back as JSON, validates with the domain rules, and reports every cited document as a
/// reference: as <c>umbDocument</c> (Umbraco's tracked references and delete warnings) and as the automatic
/// relation type <c>historyPostCitesDocument</c> ("post cites document"; the locator stays in the value).
/// </summary>
public sealed class DocumentCitationsValueEditor : DataValueEditor, IDataValueReference
{
    /// <summary>Initializes a new instance of the <see cref="DocumentCitationsValueEditor"/> class.</summary>
    /// <param name="shortStringHelper">Umbraco's short string helper.</param>
    /// <param name="jsonSerializer">Umbraco's JSON serializer.</param>
    /// <param name="ioHelper">Umbraco's IO helper.</param>
    /// <param name="attribute">The data editor attribute.</param>
    /// <param name="validator">The citations validator.</param>
    public DocumentCitationsValueEditor(
        IShortStringHelper shortStringHelper,
        IJsonSerializer jsonSerializer,
        IIOHelper ioHelper,
        DataEditorAttribute attribute,
        DocumentCitationsValueValidator validator)
        : base(shortStringHelper, jsonSerializer, ioHelper, attribute) =>
        Validators.Add(validator);

    /// <inheritdoc />
    public override IValueRequiredValidator RequiredValidator { get; } = new EmptyListRequiredValidator(
        value => CitationJson.Read(value) is { IsReadable: true, List.Items.Count: 0 },
        "Add at least one citation.");

    /// <inheritdoc />
    public override object? FromEditor(ContentPropertyData editorValue, object? currentValue)
    {
        ArgumentNullException.ThrowIfNull(editorValue);
        return CitationNormaliser.Normalise(editorValue.Value);
    }

    /// <inheritdoc />
    public override object? ToEditor(IProperty property, string? culture = null, string? segment = null)
    {
        ArgumentNullException.ThrowIfNull(property);
        var stored = property.GetValue(culture, segment);
        var read = CitationJson.Read(stored);
        if (read.IsReadable)
        {
            return read.List.Items.Count == 0 && read.List.Extras.Count == 0 ? null : CitationJson.ToJson(read.List);
        }

        return read.Verbatim is { } verbatim && TryParse(verbatim) is { } node ? node : null;
    }

    /// <inheritdoc />
    public IEnumerable<UmbracoEntityReference> GetReferences(object? value)
    {
        var read = CitationJson.Read(value);
        if (!read.IsReadable)
        {
            yield break;
        }

        foreach (var key in read.List.CitedDocumentKeys)
        {
            var udi = Udi.Create(Constants.UdiEntityType.Document, key);
            yield return new UmbracoEntityReference(udi);
            yield return new UmbracoEntityReference(udi, HistoryAliases.RelationTypes.PostCitesDocument);
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> GetAutomaticRelationTypesAliases() => [HistoryAliases.RelationTypes.PostCitesDocument];

    private static JsonNode? TryParse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
