using System.Text;
using System.Text.Json;

namespace HistoryCms.Core.Tests.Archival;

/// <summary>
/// The real Digital Archive records of <c>tests/fixtures/digital-archive/</c>: the rows of <c>records.csv</c> (RFC 4180, fields
/// with line breaks and doubled quotes) and the Zotero items built from the archive's RIS export.
/// </summary>
internal static class DigitalArchiveRecords
{
    private static string Folder => Path.Combine(RepositoryPaths.Fixtures, "digital-archive");

    /// <summary>The CSV records, each as column → value.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Csv()
    {
        var rows = Tests.Csv.Read(File.ReadAllText(Path.Combine(Folder, "records.csv"), Encoding.UTF8));
        var header = rows[0];
        return [.. rows.Skip(1).Where(r => r.Count == header.Count).Select(r => (IReadOnlyDictionary<string, string>)header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))];
    }

    /// <summary>The Zotero items' URL and <c>archiveLocation</c> (the Source string as the RIS <c>AN</c> tag carries it).</summary>
    public static IReadOnlyList<(string Url, string ArchiveLocation)> ZoteroSources()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "zotero-items-from-ris.json"), Encoding.UTF8));
        return [.. json.RootElement.EnumerateArray().Select(i => (i.GetProperty("url").GetString()!, i.GetProperty("archiveLocation").GetString()!))];
    }

    /// <summary>A Zotero item's title, date and <c>archiveLocation</c>, by its URL.</summary>
    public static (string Title, string Date, string ArchiveLocation) ZoteroItem(string url)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "zotero-items-from-ris.json"), Encoding.UTF8));
        var item = json.RootElement.EnumerateArray().Single(i => i.GetProperty("url").GetString() == url);
        return (item.GetProperty("title").GetString()!, item.GetProperty("date").GetString()!, item.GetProperty("archiveLocation").GetString()!);
    }
}
