using System.Globalization;
using HistoryCms.Core.Archival;
using HistoryCms.Core.Content;
using HistoryCms.Core.Search;
using HistoryCms.Web.ViewModels;

namespace HistoryCms.Web.Rendering;

/// <summary>Lays out an archival document's metadata and archival reference as labelled rows, leaving out empty fields.</summary>
internal static class DocumentMetadata
{
    public static IReadOnlyList<MetadataRow> Rows(ArchivalDocument document, PageParts parts)
    {
        var language = LanguageTag(document.OriginalLanguages);
        var rows = new List<MetadataRow>();
        Add(rows, "Date", document.PrintedDate);
        Add(rows, "Document type", document.Genre);
        Add(rows, "Authors", People(document.Authors, parts));
        Add(rows, "Participants", People(document.Participants, parts));
        Add(rows, "Original title", document.OriginalTitle is { } original ? [new MetadataValue(original, Language: language)] : []);
        Add(rows, "Romanized title", document.RomanizedTitle);
        Add(rows, "Original language", [.. document.OriginalLanguages.Select(l => new MetadataValue(LanguageName(l)))]);
        Add(rows, "Repository", document.Repository);
        Add(rows, "Classification", document.Classification);
        Add(rows, "Official document number", document.OfficialNumber);
        Add(rows, "Record ID", document.RecordId);
        Add(rows, "Published on the Digital Archive", document.OriginalUploadDate?.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture));
        Add(rows, "Digital Archive record", document.ArchiveUrl is { } url ? [new MetadataValue(url, url)] : []);
        Add(rows, "Translated by", document.Translators);
        Add(rows, "Contributed by", document.Contributors);
        Add(rows, "Obtained by", document.ObtainedBy);
        Add(rows, "Transcribed by", document.Transcribers);
        Add(rows, "Edited by", document.Editors);
        Add(rows, "Funding", document.FundingCredit);
        Add(rows, "Donors", document.Donors);
        Add(rows, "Subjects", [.. document.Subjects.Select(s => new MetadataValue(s, parts.SearchUrl((SiteSearchFields.Subject, s))))]);
        Add(rows, "People and organizations", [.. document.People.Select(p => new MetadataValue(
            p.Variants.Count == 0 ? p.Preferred : $"{p.Preferred} (also {string.Join(", ", p.Variants)})",
            parts.SearchUrl((SiteSearchFields.Person, p.Preferred))))]);
        Add(rows, "Places", [.. document.Places.Select(p => new MetadataValue(p, parts.SearchUrl((SiteSearchFields.Place, p))))]);
        Add(rows, "Programs", [.. document.Programs.Select(p => new MetadataValue(p.Name, p.RoutePath))]);
        Add(rows, "Rights", document.Rights);
        return rows;
    }

    public static ArchivalReferenceModel Reference(ArchivalDocument document)
    {
        var reference = document.Reference;
        var rows = reference.Parts
            .Select(p => new MetadataRow(PartName(p.Kind, reference.IsRussianStyle), [new MetadataValue(PartText(p))]))
            .ToList();
        return new ArchivalReferenceModel(document.Source, rows);
    }

    /// <summary>The language tag for text in the document's original language (the first one), when it is not English.</summary>
    public static string? LanguageTag(IReadOnlyList<string> languages) => languages.Count > 0 ? HtmlLang.Of(languages[0]) : null;

    private static string LanguageName(string code)
    {
        if (!HtmlLang.IsTag(code))
        {
            return code;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            return culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    private static IReadOnlyList<MetadataValue> People(IReadOnlyList<string> names, PageParts parts) =>
        [.. names.Select(n => new MetadataValue(n, parts.SearchUrl((SiteSearchFields.Person, n))))];

    private static string PartText(ArchivalPart part) => part.Kind switch
    {
        ArchivalPartKind.Repository or ArchivalPartKind.ReferenceCode or ArchivalPartKind.Collection or ArchivalPartKind.Location or ArchivalPartKind.Remainder => part.Text,
        _ => part.Value.Length > 0 ? part.Value : part.Text,
    };

    private static string PartName(ArchivalPartKind kind, bool russian) => kind switch
    {
        ArchivalPartKind.ReferenceCode => "Reference code",
        ArchivalPartKind.Fond => "Fond",
        ArchivalPartKind.Opis => "Opis (inventory)",
        ArchivalPartKind.Delo => "Delo (file)",
        ArchivalPartKind.Folios => russian ? "Listy (leaves)" : "Folios",
        ArchivalPartKind.Remainder => "Other",
        _ => kind.ToString(),
    };

    private static void Add(List<MetadataRow> rows, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add(new MetadataRow(label, [new MetadataValue(value)]));
        }
    }

    private static void Add(List<MetadataRow> rows, string label, IReadOnlyList<string> values) =>
        Add(rows, label, [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => new MetadataValue(v))]);

    private static void Add(List<MetadataRow> rows, string label, IReadOnlyList<MetadataValue> values)
    {
        if (values.Count > 0)
        {
            rows.Add(new MetadataRow(label, values));
        }
    }
}
