using System.Globalization;
using System.Text;

namespace HistoryCms.Core.Citations;

/// <summary>
/// Writes RIS records of cited archival documents as the digital archive's own RIS export has them, so that reference
/// managers import the same item from either: <c>TY  - MANSCPT</c>, TI title, AU each author of the document
/// ("Family, Given", or a body's name whole), DA date (YYYY/MM/DD/, partial dates partial), AB the summary, DB the
/// digital archive, AN the archive location (the Source string verbatim, credits included), LA each original language as
/// an English name ("Russian"), M3 the manuscript type, UR the record's URL, KW one per subject heading, DP the
/// publishing institution. Translators are
/// credited in AN, as the archive credits them. Lines end in CRLF, each record with <c>ER  - </c>; values are kept on
/// one line.
/// </summary>
/// <param name="options">The archive name, its publisher and the site's address.</param>
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

    /// <summary>
    /// Writes the RIS record of a blog post itself (<c>TY  - BLOG</c>, as the RIS specification types a web log entry):
    /// TI the post's title, AU each author ("Family, Given"), PY the year and DA the date (none when the post has no
    /// publish date), T2 the title of the web log (the site), UR the post's URL, AB its standfirst.
    /// </summary>
    /// <param name="post">The post.</param>
    /// <returns>The RIS text (one record).</returns>
    public static string Write(CitedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var builder = new StringBuilder();
        Tag(builder, "TY", "BLOG");
        Tag(builder, "TI", post.Title);
        foreach (var author in post.Authors)
        {
            Tag(builder, "AU", CreditName.Parse(author).Inverted());
        }

        if (post.PublishDate is { } date)
        {
            Tag(builder, "PY", date.Year.ToString("0000", CultureInfo.InvariantCulture));
            Tag(builder, "DA", date.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture));
        }

        Tag(builder, "T2", post.SiteName);
        Tag(builder, "UR", post.Url);
        Tag(builder, "AB", post.Summary);
        builder.Append("ER  - ").Append(NewLine);
        return builder.ToString();
    }

    private void WriteRecord(StringBuilder builder, CitationExportItem item)
    {
        var document = item.Document;
        Tag(builder, "TY", "MANSCPT");
        Tag(builder, "TI", CitationTitles.TitleOf(document));
        foreach (var author in document.Authors.Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            Tag(builder, "AU", CreditName.ParseAuthor(author).Inverted());
        }

        if (document.Date?.ToCsl() is { } date)
        {
            var parts = date.DateParts[0];
            Tag(builder, "DA", string.Create(CultureInfo.InvariantCulture,
                $"{parts[0]:0000}/{(parts.Count > 1 ? parts[1].ToString("00", CultureInfo.InvariantCulture) : string.Empty)}/{(parts.Count > 2 ? parts[2].ToString("00", CultureInfo.InvariantCulture) : string.Empty)}/{(date.Circa ? "circa" : string.Empty)}"));
        }

        Tag(builder, "AB", document.Summary);
        Tag(builder, "DB", options.ArchiveLabel);
        Tag(builder, "AN", document.Source ?? document.Reference?.Text);
        foreach (var language in document.Languages.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            Tag(builder, "LA", LanguageNames.EnglishName(language));
        }

        Tag(builder, "M3", document.Genre);
        Tag(builder, "UR", options.UrlOf(document));
        foreach (var subject in document.Subjects)
        {
            Tag(builder, "KW", subject);
        }

        Tag(builder, "DP", options.Publisher);
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
