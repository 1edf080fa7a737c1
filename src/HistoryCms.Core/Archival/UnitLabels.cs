using System.Text;
using System.Text.RegularExpressions;
using K = HistoryCms.Core.Archival.ArchivalPartKind;

namespace HistoryCms.Core.Archival;

/// <summary>
/// The labels archives print before a unit's number, Russian-style (fond / opis / delo / list, with their Cyrillic and
/// Ukrainian forms) and Western (collection, series, box, folder, file, volume, item, folio, page), and the scanner
/// that finds them with their values. Row order matters: longer forms come first.
/// </summary>
internal static class UnitLabels
{
    /// <summary>An apostrophe, prime or quotation mark inside an identifier: Japanese MOFA file numbers print "A’0123", "A'-0356", "A′0123".</summary>
    private const string Prime = @"['’′″""]";
    private const string Number = @"(?:\p{L}{1,3}" + Prime + @"?[-‑]?)?\p{N}[\p{L}\p{N}]*(?:(?:[-‑./:]|" + Prime + @"[-‑]?)[\p{L}\p{N}]+)*";
    private const string Code = @"(?:\p{N}[\p{L}\p{N}]*|\p{Lu}{1,6}(?:" + Prime + @"?[-‑./:]?\p{N}[\p{L}\p{N}]*)?)(?:[-‑./:]?\([\p{L}\p{N}]{1,6}\)|(?:[-‑./:]|" + Prime + @"[-‑]?)[\p{L}\p{N}]+)*";
    private const string Leaf = @"\p{N}+(?:\s?(?:ob|об|OB)\.?|[rv])?";
    private const string Range = Leaf + @"(?:\s*[-‑–—]\s*" + Leaf + @")?(?:\s*,\s*" + Leaf + @"(?:\s*[-‑–—]\s*" + Leaf + ")?)*";
    private const string End = @"(?![\p{L}\p{N}])";

    public static IReadOnlyList<UnitLabel> Rows { get; } =
    [
        new(@"fond|фонд|ф\.", K.Fond, ValueShape.Number, "f.", "f.", "fond", "fond", Russian: true),
        new(@"f\.", K.Fond, ValueShape.Number, "f.", "f.", "fond", "fond", LabelContext.FondOrFolio, Russian: true),
        new(@"opis['’]?|опись|op\.|оп\.", K.Opis, ValueShape.Number, "op.", "op.", "opis", "opis", Russian: true),
        new(@"perechen['’]?|перечень|per\.|пер\.", K.Opis, ValueShape.Number, "per.", "per.", "perechen", "perechen", Russian: true),
        new(@"ed\.\s?khr\.|ед\.\s?хр\.", K.Delo, ValueShape.Number, "ed. khr.", "ed. khr.", "ed. khr.", "ed. khr.", Russian: true),
        new(@"delo|дело|d\.|д\.", K.Delo, ValueShape.Number, "d.", "d.", "delo", "delo", Russian: true),
        new(@"a\.\s?e\.|а\.\s?е\.", K.Delo, ValueShape.Number, "a.e.", "a.e.", "a.e.", "a.e.", Russian: true),
        new(@"sprava|spr\.|спр\.", K.Delo, ValueShape.Number, "spr.", "spr.", "sprava", "sprava", Russian: true),
        new(@"listy|list|листы|лист|ll\.|l\.|лл\.|л\.", K.Folios, ValueShape.Range, "l.", "ll.", "list", "listy", Russian: true),
        new(@"arkushi|arkush|ark\.|арк\.", K.Folios, ValueShape.Range, "ark.", "ark.", "arkush", "arkushi", Russian: true),
        new(@"papka|папка|п\.", K.Folder, ValueShape.Number, "p.", "p.", "papka", "papka", Russian: true),
        new(@"tom|том|т\.|t\.", K.Volume, ValueShape.Number, "t.", "t.", "tom", "tom", LabelContext.RussianOnly, Russian: true),
        new(@"karton|картон|korobka|коробка", K.Box, ValueShape.Number, Russian: true),
        new(@"sygn\.|sign\.|Signatur", K.ReferenceCode, ValueShape.Code),
        new(@"karty|karta|k\.", K.Folios, ValueShape.Range, "k.", "k.", "karta", "karty"),
        new(@"Record\s+Group|RG", K.Collection, ValueShape.Number, CaseSensitive: true),
        new(@"collection|coll\.", K.Collection, ValueShape.Number),
        new(@"sub-?series|series|ser\.", K.Series, ValueShape.Code),
        new(@"boxes|box|kasten|kart\.", K.Box, ValueShape.Code),
        new(@"folders|folder|fldr\.|mappe", K.Folder, ValueShape.Code),
        new(@"file\s+no\.|files|file|akte", K.File, ValueShape.Code),
        new(@"volumes|volume|vols\.|vol\.|bd\.|band", K.Volume, ValueShape.Code),
        new(@"items|item|documents|document|dokument|документ|docs\.|doc\.|dok\.|nos\.|no\.|nr\.|№", K.Item, ValueShape.Code),
        new(@"folios|folio|fols\.|fol\.|ff\.", K.Folios, ValueShape.Range, "f.", "ff.", "folio", "folios"),
        new(@"blatt|bl\.", K.Folios, ValueShape.Range, "Bl.", "Bl.", "Blatt", "Blatt"),
        new(@"pages|page|pp\.|seiten|seite|стр\.|с\.", K.Pages, ValueShape.Range, "p.", "pp.", "page", "pages"),
        new(@"S\.", K.Pages, ValueShape.Range, "p.", "pp.", "page", "pages", CaseSensitive: true),
        new(@"p\.", K.Pages, ValueShape.Range, "p.", "pp.", "page", "pages", LabelContext.FolderOrPage),
    ];

    /// <summary>The row a folio reading of "f." uses.</summary>
    public static UnitLabel WesternFolio { get; } = Rows.Single(r => r.Pattern.StartsWith("folios", StringComparison.Ordinal));

    /// <summary>The row a papka reading of "p." uses.</summary>
    public static UnitLabel Papka { get; } = Rows.Single(r => r.Pattern.StartsWith("papka", StringComparison.Ordinal));

    private static readonly Regex LabelRegex = BuildLabels();

    private static readonly Dictionary<ValueShape, Regex> Values = new()
    {
        [ValueShape.Number] = new(@"\G" + Number + End, RegexOptions.CultureInvariant | RegexOptions.Compiled),
        [ValueShape.Code] = new(@"\G" + Code + End, RegexOptions.CultureInvariant | RegexOptions.Compiled),
        [ValueShape.Range] = new(@"\G" + Range + "(?:(?<=\\.)|" + End + ")", RegexOptions.CultureInvariant | RegexOptions.Compiled),
    };

    private static readonly int[] RowGroups = [.. Rows.Select((_, i) => LabelRegex.GroupNumberFromName("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>Every labelled unit in <paramref name="text"/> from <paramref name="start"/> up to <paramref name="length"/>, left to right, not overlapping.</summary>
    public static List<FoundUnit> Scan(string text, int start, int length)
    {
        var found = new List<FoundUnit>();
        var at = start;
        while (at < length)
        {
            var m = LabelRegex.Match(text, at, length - at);
            if (!m.Success)
            {
                break;
            }

            var row = RowOf(m);
            var unit = PartOfName(text, m.Index, row) ? null : ValueAfter(text, length, m.Index, m.Index + m.Length, row, row.Context is LabelContext.FondOrFolio or LabelContext.FolderOrPage);
            if (unit is null)
            {
                at = m.Index + 1;
                continue;
            }

            found.Add(unit);
            at = unit.End;
        }

        return found;
    }

    /// <summary>
    /// Whether a capitalised Western label continues a name rather than starting a unit: "Central Decimal File 1950-54"
    /// is a series name, "Library, File No. 5" a file.
    /// </summary>
    private static bool PartOfName(string text, int start, UnitLabel row)
    {
        if (row.Russian || !char.IsUpper(text[start]))
        {
            return false;
        }

        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var wordStart = end;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return end < start && end - wordStart >= 2 && char.IsUpper(text[wordStart]) && text[wordStart..end].Any(char.IsLower);
    }

    /// <summary>Reads the value after a label, in the label's shape (or either shape when the label is ambiguous).</summary>
    public static FoundUnit? ValueAfter(string text, int length, int start, int labelEnd, UnitLabel row, bool eitherShape)
    {
        var valueStart = labelEnd;
        while (valueStart < length && char.IsWhiteSpace(text[valueStart]))
        {
            valueStart++;
        }

        if (valueStart == labelEnd && text[labelEnd - 1] is not ('.' or '№'))
        {
            return null;
        }

        var shapes = eitherShape ? new[] { ValueShape.Range, ValueShape.Number } : [row.Shape];
        foreach (var shape in shapes)
        {
            var value = Values[shape].Match(text, valueStart, length - valueStart);
            if (value.Success && value.Length > 0)
            {
                return new FoundUnit(start, labelEnd, valueStart, valueStart + value.Length, row);
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> is, as a whole, a leaf or page range ("403-410", "5–7ob.").</summary>
    public static bool IsRange(string text)
    {
        var m = Values[ValueShape.Range].Match(text);
        return m.Success && m.Length == text.Length;
    }

    private static UnitLabel RowOf(Match m)
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            if (m.Groups[RowGroups[i]].Success)
            {
                return Rows[i];
            }
        }

        throw new InvalidOperationException("A label matched no row.");
    }

    private static Regex BuildLabels()
    {
        var pattern = new StringBuilder(@"(?<![\p{L}\p{N}])(?:");
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            pattern.Append(i == 0 ? string.Empty : "|")
                .Append("(?<r").Append(i).Append('>')
                .Append(row.CaseSensitive ? "(?:" : "(?i:").Append(row.Pattern).Append("))");
        }

        return new Regex(pattern.Append(')').ToString(), RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}

/// <summary>A label and its value found in the text: <c>[Start, LabelEnd)</c> is the label, <c>[ValueStart, End)</c> the value.</summary>
internal sealed record FoundUnit(int Start, int LabelEnd, int ValueStart, int End, UnitLabel Row);
