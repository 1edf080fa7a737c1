using System.Text.Json.Nodes;
using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

/// <summary>
/// Our RIS of the two Digital Archive records of zotero-items-from-ris.json, imported by Zotero's RIS rules
/// (see <see cref="ZoteroRisImport"/>), gives back the items Zotero builds from the archive's own RIS.
/// </summary>
public sealed class RisZoteroImportTests
{
    private static readonly CitationStyleOptions Options = new()
    {
        ArchiveName = "History and Public Policy Program",
        Publisher = "Woodrow Wilson International Center for Scholars",
    };

    [Fact]
    public void Zotero_imports_from_our_ris_the_items_it_imports_from_the_archives_ris()
    {
        var expected = DigitalArchiveRecords.ZoteroItems();
        var documents = DigitalArchiveRecords.FromZotero();
        var ris = new RisExport(Options).Write(documents.Select(d => new CitationExportItem(d.RecordId!, HistoryCms.Core.Citations.CitedDocuments.From(d))));

        var imported = ZoteroRisImport.Import(ris);

        Assert.Equal(expected.Count, imported.Count);
        foreach (var (want, got) in expected.Zip(imported))
        {
            var comparable = want!.AsObject().DeepClone().AsObject();
            comparable.Remove("attachments");
            comparable.Remove("seeAlso");
            Assert.True(JsonNode.DeepEquals(Sorted(comparable), Sorted(got)), $"expected {Sorted(comparable).ToJsonString()}\nactual   {Sorted(got).ToJsonString()}\nfrom RIS:\n{ris}");
        }
    }

    [Fact]
    public void Our_ris_of_a_fixture_record_has_the_tags_of_the_archives_export_in_order()
    {
        var report = DigitalArchiveRecords.FromZotero()[1];

        var ris = new RisExport(Options).Write([new CitationExportItem("121893", HistoryCms.Core.Citations.CitedDocuments.From(report))]);

        Assert.Equal(
            ["TY", "TI", "AU", "DA", "AB", "DB", "AN", "LA", "M3", "UR", "KW", "DP", "ER"],
            ris.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l[..2]).Distinct());
        Assert.Contains("AU  - Somogyi, Ferenc\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("LA  - Hungarian\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("DP  - Woodrow Wilson International Center for Scholars\r\n", ris, StringComparison.Ordinal);
    }

    private static JsonObject Sorted(JsonObject item) => new(item.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
}
