using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using HistoryCms.Core.ContentModel;

namespace HistoryCms.Umbraco.Schema;

/// <summary>
/// The value kept in Umbraco's key-value store once the schema is installed: the model's schema version
/// and a fingerprint of the whole model, so that a model change applies even when the version was not bumped.
/// </summary>
public static class SchemaMarker
{
    /// <summary>The key under which the marker is stored in <c>IKeyValueService</c>.</summary>
    public const string Key = "HistoryCms.Schema";

    /// <summary>Gets the marker of the content model this package carries, e.g. <c>1:3fa2…</c>.</summary>
    public static string Current { get; } = For(
        HistoryContentModel.SchemaVersion,
        HistoryContentModel.DataTypes,
        HistoryContentModel.ContentTypes,
        HistoryContentModel.RelationTypes,
        HistoryTemplates.ContentTypes);

    /// <summary>Computes the marker of a model.</summary>
    /// <param name="schemaVersion">The model's schema version.</param>
    /// <param name="dataTypes">Its data types.</param>
    /// <param name="documentTypes">Its document types.</param>
    /// <param name="relationTypes">Its relation types.</param>
    /// <param name="templates">The document types that get a template (<see cref="HistoryTemplates.ContentTypes"/>).</param>
    /// <returns><c>version:fingerprint</c>, the fingerprint being the SHA-256 of the model serialized as JSON.</returns>
    public static string For(
        int schemaVersion,
        IReadOnlyList<DataTypeDefinition> dataTypes,
        IReadOnlyList<ContentTypeDefinition> documentTypes,
        IReadOnlyList<RelationTypeDefinition> relationTypes,
        IReadOnlyList<string> templates)
    {
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(new { dataTypes, documentTypes, relationTypes, templates });
        string fingerprint = Convert.ToHexStringLower(SHA256.HashData(json));
        return string.Create(CultureInfo.InvariantCulture, $"{schemaVersion}:{fingerprint}");
    }

    /// <summary>Whether a stored marker says the current model is installed.</summary>
    /// <param name="stored">The stored marker, or <c>null</c> when none is stored.</param>
    /// <returns><c>true</c> when the stored marker equals <see cref="Current"/>.</returns>
    public static bool IsCurrent(string? stored) => string.Equals(stored, Current, StringComparison.Ordinal);
}
