using System.Globalization;
using HistoryCms.Core.Dates;

namespace HistoryCms.Core.Citations;

/// <summary>
/// The citation a digital archive of translated documents prints under each record, exactly as it prints it:
/// <c>"&lt;Title&gt;," &lt;Month DD, YYYY&gt;, &lt;Program&gt; Digital Archive, &lt;Source string&gt;</c> — straight double quotes
/// with the comma inside them, the day always two digits ("March 04, 1958"; partial dates stay partial: "March 1958",
/// "1958"), the archive name from <see cref="CitationStyleOptions.ArchiveLabel"/>, the Source string verbatim (its own
/// full stop included), and no final period. The record's URL follows only when
/// <see cref="CitationStyleOptions.DigitalArchiveUrl"/> asks for it (off by default; the archive prints none).
/// Missing fields are left out with their comma. See tests/fixtures/citation-conventions.md, "Digital-archive style".
/// </summary>
/// <param name="options">The archive name, the site's address and whether to add the URL.</param>
public sealed class DigitalArchiveCitation(CitationStyleOptions options)
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private readonly CitationStyleOptions _options = options ?? new CitationStyleOptions();

    /// <summary>The citation of a document; <c>null</c> prints <see cref="CitationStyleOptions.UnavailableDocument"/>.</summary>
    /// <param name="document">The cited document.</param>
    /// <returns>The citation, e.g. <c>"Letter, Jawaharlal Nehru to All Provincial Premiers," April 01, 1949, History and Public Policy Program Digital Archive, Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1.</c></returns>
    public string Format(CitedDocument? document)
    {
        if (document is null)
        {
            return _options.UnavailableDocument;
        }

        var quoted = CitationTitles.Quote(CitationTitles.TitleOf(document), typographic: false);
        var elements = new[] { DateOf(document), _options.ArchiveLabel, document.Source }
            .Where(e => !string.IsNullOrWhiteSpace(e))
            .Select(e => e!.Trim())
            .ToList();
        var text = quoted[..^1] + ",\"" + (elements.Count > 0 ? " " + string.Join(", ", elements) : string.Empty);
        var citation = CitationText.Of(text);
        var url = _options.DigitalArchiveUrl ? document.Url ?? _options.UrlOf(document.RoutePath) : null;
        if (!string.IsNullOrWhiteSpace(url))
        {
            citation.Text(text[^1] is '.' or '!' or '?' ? " " : ", ").Url(url.Trim());
        }

        return citation.ToString();
    }

    /// <summary>The date as the archive prints it: "March 04, 1958" (two-digit day), "March 1958", "1958"; other dates as the record prints them.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The date, or <c>null</c> when the record has none.</returns>
    public static string? DateOf(CitedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Date is { From: { Precision: DatePrecision.Day } day, IsRange: false } date)
        {
            var printed = $"{MonthNames[day.Month!.Value - 1]} {day.Day!.Value.ToString("00", CultureInfo.InvariantCulture)}, {day.Year.ToString(CultureInfo.InvariantCulture)}";
            return date.IsApproximate ? "c. " + printed : printed;
        }

        return document.PrintedDate;
    }
}
