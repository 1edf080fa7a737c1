namespace HistoryCms.Core.Citations;

/// <summary>
/// Turns what the editor sends into the value that is stored (the Umbraco value editor's <c>FromEditor</c>): trims
/// text, drops empty optional fields, canonicalises keys (GUIDs in lower-case <c>D</c> format, document UDIs to GUIDs)
/// and locator labels, writes canonical camelCase JSON, and keeps unknown fields.
/// <list type="bullet">
/// <item>It never invents data: a citation without a key is kept without one (validation reports it), because a key
/// generated here could never match a marker the editor placed in the body.</item>
/// <item>A value it cannot read (broken JSON, a newer format version) is returned unchanged, so a save never destroys it.</item>
/// <item>An empty list is stored as no value (<c>null</c>), so Umbraco's "mandatory" check sees it as empty.</item>
/// <item>A locator without a value is no locator; items of the list that are not objects are dropped (validation reports both).</item>
/// </list>
/// It never throws.
/// </summary>
public static class CitationNormaliser
{
    /// <summary>Normalises an incoming value.</summary>
    /// <param name="value">The value in any shape the editor or Umbraco hands over.</param>
    /// <returns>The JSON to store, or <c>null</c> for no value.</returns>
    public static string? Normalise(object? value)
    {
        var read = CitationJson.Read(value);
        if (!read.IsReadable)
        {
            return string.IsNullOrWhiteSpace(read.Verbatim) ? null : read.Verbatim;
        }

        return read.List.Items.Count == 0 && read.List.Extras.Count == 0 ? null : CitationJson.Write(read.List);
    }
}
