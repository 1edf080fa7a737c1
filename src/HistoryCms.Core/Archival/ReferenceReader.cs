using K = HistoryCms.Core.Archival.ArchivalPartKind;

namespace HistoryCms.Core.Archival;

/// <summary>
/// Reads the reference part of a Source line (everything before the credits): labelled units, the unlabelled elements
/// between them, and the separators, as segments that cover the text exactly.
/// </summary>
internal static class ReferenceReader
{
    /// <summary>The segments of <c>[from, end)</c>; <paramref name="context"/> carries what came before (a book's publication year before its pages).</summary>
    /// <param name="text">The whole line.</param>
    /// <param name="from">Where to start.</param>
    /// <param name="end">Where to stop.</param>
    /// <param name="context">What came before, or <c>null</c> at the start of the line.</param>
    /// <param name="merge">Whether to join neighbouring remainder parts (a book's author and title must stay apart).</param>
    public static List<Segment> Read(string text, int from, int end, ElementContext? context = null, bool merge = true)
    {
        var units = Resolve(text, end, UnitLabels.Scan(text, from, end));
        var pieces = new List<(int Start, int End, FoundUnit? Unit, bool IsElement)>();
        var at = from;
        foreach (var unit in units)
        {
            Gap(text, at, unit.Start, pieces);
            pieces.Add((unit.Start, unit.End, unit, false));
            at = unit.End;
        }

        Gap(text, at, end, pieces);

        var segments = new List<Segment>();
        context ??= new ElementContext();
        for (var i = 0; i < pieces.Count; i++)
        {
            var (start, stop, unit, isElement) = pieces[i];
            if (unit is not null)
            {
                var part = new ArchivalPart(unit.Row.Kind, text, start, stop - start, unit.ValueStart - start, unit.Row);
                segments.Add(new Segment(start, stop, part));
                context.Add(part.Kind);
            }
            else if (isElement)
            {
                var nextIsUnit = pieces.Skip(i + 1).FirstOrDefault(p => p.IsElement || p.Unit is not null).Unit is not null;
                segments.AddRange(ElementClassifier.Classify(text, start, stop, context, nextIsUnit));
            }
            else
            {
                segments.Add(new Segment(start, stop));
            }
        }

        return merge ? Merge(text, segments) : segments;
    }

    /// <summary>Decides what "f.", "p." and "t." mean from the labels around them, and re-reads their values in that shape.</summary>
    private static List<FoundUnit> Resolve(string text, int end, List<FoundUnit> units)
    {
        var result = new List<FoundUnit>();
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var row = unit.Row;
            var later = units.Skip(i + 1).ToList();
            switch (row.Context)
            {
                case LabelContext.FondOrFolio:
                    var fondBefore = result.Any(u => u.Row.Kind == K.Fond);
                    var russianAfter = later.Any(u => u.Row.Russian && u.Row.Kind != K.Fond);
                    var westernBefore = result.Any(u => !u.Row.Russian) || text[..unit.Start].Any(char.IsDigit);
                    row = !fondBefore && (russianAfter || !westernBefore) ? UnitLabels.Rows[0] : UnitLabels.WesternFolio;
                    break;
                case LabelContext.FolderOrPage:
                    var papka = result.Any(u => u.Row.Kind == K.Fond) && !result.Any(u => u.Row.Kind == K.Delo) && later.Any(u => u.Row.Kind == K.Delo);
                    row = papka ? UnitLabels.Papka : row;
                    break;
                case LabelContext.RussianOnly when !result.Any(u => u.Row.Russian && u.Row.Kind is K.Fond or K.Opis or K.Delo):
                    continue;
            }

            var next = later.Count > 0 ? later[0].Start : end;
            var reread = UnitLabels.ValueAfter(text, end, unit.Start, unit.LabelEnd, row, eitherShape: false);
            result.Add(reread is not null && reread.End <= next ? reread : unit with { Row = row });
        }

        return result;
    }

    private static bool Joins(ArchivalPart first, ArchivalPart next) => first.Kind switch
    {
        K.Remainder or K.Location => true,
        K.Pages => first.Label.Length == 0 && next.Label.Length == 0,
        K.Repository => ReferenceEquals(first, next) || ElementClassifier.IsParentInstitution(next.Text),
        _ => false,
    };

    /// <summary>Splits the text between two units into elements and separators.</summary>
    private static void Gap(string text, int start, int end, List<(int Start, int End, FoundUnit? Unit, bool IsElement)> pieces)
    {
        var at = start;
        foreach (var (sepStart, sepEnd) in ElementClassifier.Separators(text, start, end))
        {
            if (sepStart > at)
            {
                pieces.Add((at, sepStart, null, true));
            }

            if (sepEnd > sepStart)
            {
                pieces.Add((sepStart, sepEnd, null, false));
            }

            at = sepEnd;
        }

        if (end > at)
        {
            pieces.Add((at, end, null, true));
        }
    }

    /// <summary>
    /// Joins neighbouring parts that are one thing, with the separators between them: remainder or location parts ("Halifax,
    /// Nova Scotia, Canada" is one location), unlabelled page ranges ("403–410, 412"), and a repository with its parent
    /// institution ("Sterling Memorial Library, Yale University").
    /// </summary>
    private static List<Segment> Merge(string text, List<Segment> segments)
    {
        var merged = new List<Segment>();
        var i = 0;
        while (i < segments.Count)
        {
            var segment = segments[i];
            if (segment.Part is not { } first || !Joins(first, first))
            {
                merged.Add(segment);
                i++;
                continue;
            }

            var kind = first.Kind;
            var last = i;
            for (var j = i + 1; j < segments.Count; j++)
            {
                if (segments[j].Part is { } next && next.Kind == kind && Joins(first, next))
                {
                    last = j;
                }
                else if (!segments[j].IsSeparator)
                {
                    break;
                }
            }

            var stop = segments[last].End;
            merged.Add(new Segment(segment.Start, stop, new ArchivalPart(kind, text, segment.Start, stop - segment.Start)));
            i = last + 1;
        }

        return merged;
    }
}
