using System.Globalization;
using System.Text;

namespace HistoryCms.Core.Citations;

/// <summary>
/// Writes RIS records (<c>TY  - MANSCPT</c>) of cited archival documents, with the tags reference managers map for a
/// manuscript: TI title, ST short title, A4 translator, DA/PY date, M3 manuscript type, LA language, DB archive (the
/// digital archive), AN archive location (the Source string), KW subjects, UR URL, N1 the citation's locator, quote
/// and note. Lines end in CRLF, each record with <c>ER  - </c>; values are kept on one line.
/// </summary>
/// <param name="options">The archive name and the site's address.</param>
public sealed class RisExport(CitationStyleOptions options)
{
    private const string NewLine = "\r\n";

    /// <summary>The MIME type of RIS.</summary>
    public const string MediaType = "application/x-research-info-systems";

    /// <summary>Writes the records.</summary>
    /// <param name="items">The items to export.</param>
    /// <returns>The RIS text.</returns>
    public string Write(IEnumerable<CitationExportItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var builder = new StringBuilder();
        foreach (var item in items)
        {
            if (builder.Length > 0)
            {
                builder.Append(NewLine);
            }

            WriteRecord(builder, item);
        }

        return builder.ToString();
    }

    private void WriteRecord(StringBuilder builder, CitationExportItem item)
    {
        var document = item.Document;
        Tag(builder, "TY", "MANSCPT");
        var title = CitationTitles.TitleOf(document);
        Tag(builder, "TI", title);
        var shortTitle = CitationTitles.ShortTitleOf(document);
        if (!string.Equals(shortTitle, title, StringComparison.Ordinal))
        {
            Tag(builder, "ST", shortTitle);
        }
        foreach (var translator in document.Translators)
        {
            Tag(builder, "A4", CreditName.Parse(translator).Inverted());
        }

        if (document.Date?.ToCsl() is { } date)
        {
            var parts = date.DateParts[0];
            Tag(builder, "DA", string.Create(CultureInfo.InvariantCulture,
                $"{parts[0]:0000}/{(parts.Count > 1 ? parts[1].ToString("00", CultureInfo.InvariantCulture) : string.Empty)}/{(parts.Count > 2 ? parts[2].ToString("00", CultureInfo.InvariantCulture) : string.Empty)}/{(date.Circa ? "circa" : string.Empty)}"));
            Tag(builder, "PY", parts[0].ToString("0000", CultureInfo.InvariantCulture));
        }

        Tag(builder, "M3", document.DocumentType);
        foreach (var language in document.Languages)
        {
            Tag(builder, "LA", language);
        }

        Tag(builder, "DB", options.ArchiveLabel);
        Tag(builder, "AN", document.Source ?? document.Reference?.Text);
        foreach (var subject in document.Subjects)
        {
            Tag(builder, "KW", subject);
        }

        Tag(builder, "UR", document.Url ?? options.UrlOf(document.RoutePath));
        Tag(builder, "N1", item.NoteText(document.Reference?.Convention ?? ReferenceConvention.General));
        builder.Append("ER  - ").Append(NewLine);
    }

    private static void Tag(StringBuilder builder, string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var oneLine = string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Append(tag).Append("  - ").Append(oneLine).Append(NewLine);
    }
}
