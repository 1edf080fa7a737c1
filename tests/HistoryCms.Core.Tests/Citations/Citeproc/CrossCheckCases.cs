using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations.Citeproc;

/// <summary>One document of the cross-check: what we export and print for it, cited with a locator when its reference has a range.</summary>
internal sealed record CrossCheckCase(string Origin, CitedDocument Document, CitationLocator? Locator, JsonObject Csl);

/// <summary>The cross-check's documents: every sample archival document and every digital-archive fixture record.</summary>
internal static partial class CrossCheckCases
{
    public static readonly CitationStyleOptions Options = new()
    {
        ArchiveName = "History and Public Policy Program",
        Publisher = "Woodrow Wilson International Center for Scholars",
        SiteBaseUrl = new Uri("https://archive.example.org/"),
    };

    public static IReadOnlyList<CrossCheckCase> All()
    {
        var export = new CslJsonExport(Options);
        var documents = SampleArchivalDocuments.Read().Select(d => ("sample content", d))
            .Concat(DigitalArchiveRecords.FromCsv().Select(d => ("records.csv", d)))
            .Concat(DigitalArchiveRecords.FromZotero().Select(d => ("zotero-items-from-ris.json", d)))
            .Select(pair => (pair.Item1, Cited: HistoryCms.Core.Citations.CitedDocuments.From(pair.d, Options.UrlOf(pair.d.RoutePath))))
            .Concat(TestDocuments.Select(d => ("test document", Cited: d)));
        return [.. documents.Select(pair =>
        {
            var locator = LocatorFor(pair.Cited);
            var csl = export.ToJson(new CitationExportItem(pair.Cited.Key.ToString("D"), pair.Cited));
            return new CrossCheckCase($"{pair.Item1}: {pair.Cited.Title}", pair.Cited, locator, csl);
        })];
    }

    /// <summary>The formatter tests' documents: shapes the real records lack (an original-language title, a circa date, no date, several translators).</summary>
    private static IEnumerable<CitedDocument> TestDocuments =>
    [
        CitedDocuments.Report, CitedDocuments.Conversation, CitedDocuments.German, CitedDocuments.Letter, CitedDocuments.Bare,
        CitedDocuments.Bare with
        {
            Key = Guid.Parse("2d1f0a5e-8c3b-4e6a-9f7d-1b2c3d4e5f60"),
            Title = "Record of a Conversation with Comrade Kim Il Sung [on the Armistice]",
            Authors = ["Shtykov, Terentii", "Malik, Jacob"],
            Translators = ["Gary Goldberg"],
            Date = HistoryCms.Core.Dates.PartialDate.Parse("1951-06"),
        },
        CitedDocuments.Report with
        {
            Key = Guid.Parse("3e2f1b6c-9d4a-4f7b-8a1e-2c3d4e5f6a71"),
            Title = "Report on the Situation in Korea",
            Authors = ["Ministry of Foreign Affairs of the USSR"],
        },
    ];

    /// <summary>The citation the case is cited with (for citeproc): the locator's label and value.</summary>
    public static JsonObject Citation(CrossCheckCase c)
    {
        var cite = new JsonObject { ["id"] = c.Document.Key.ToString("D") };
        if (c.Locator is { } locator)
        {
            cite["locator"] = locator.Value;
            cite["label"] = locator.Label;
        }

        return cite;
    }

    /// <summary>The first leaf or page of the reference's range, as a folio (Russian-style archives) or page locator; none without a range.</summary>
    private static CitationLocator? LocatorFor(CitedDocument document)
    {
        if (document.Reference is not { Stem: { } stem } reference || FirstNumber().Match(reference.Text[stem.Length..]) is not { Success: true } first)
        {
            return null;
        }

        return CitationLocator.Of(reference.Convention == ReferenceConvention.Russian ? LocatorLabel.Folio : LocatorLabel.Page, first.Value);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();
}
