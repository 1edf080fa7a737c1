namespace HistoryCms.Core.Archival;

/// <summary>
/// Cuts a "Source" line into segments: the reference (units found by <see cref="UnitLabels"/>, the elements between them
/// classified by <see cref="ElementClassifier"/>), then the credits found by <see cref="CreditReader"/>. Every character
/// lands in exactly one segment; if that ever failed, the whole line is kept as one remainder part.
/// </summary>
internal static class ArchivalReferenceParser
{
    /// <summary>Lines longer than this are not analysed (kept whole as a remainder part); a Source line is one sentence or two.</summary>
    public const int MaxLength = 4_000;

    public static List<Segment> Parse(string text) =>
        text.Length > MaxLength ? Loose(text, 0, text.Length)
        : Segment(text) ?? [new Segment(0, text.Length, new ArchivalPart(ArchivalPartKind.Remainder, text, 0, text.Length))];

    /// <summary>The segments of <paramref name="text"/>, or <c>null</c> if they would not cover it exactly (a defect the fallback in <see cref="Parse"/> hides).</summary>
    internal static List<Segment>? Segment(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var (segments, credits) = Book(text) ?? Reference(text);
        var at = segments.Count > 0 ? segments[^1].End : 0;
        foreach (var credit in credits)
        {
            segments.AddRange(Loose(text, at, credit.Start));
            segments.Add(new Segment(credit.Start, credit.End, Credit: credit.Credit));
            at = credit.End;
        }

        segments.AddRange(Loose(text, at, text.Length));
        return Covers(segments, text.Length) ? segments : null;
    }

    /// <summary>
    /// A reference followed by credits: the reference runs to the first credit after which no labelled unit follows; a credit
    /// with units after it ("…, ed. John P. Glennon, doc. 190") is printed inside the reference.
    /// </summary>
    private static (List<Segment> Segments, List<CreditSpan> Credits) Reference(string text)
    {
        var credits = CreditReader.Find(text);
        var inline = 0;
        while (inline < credits.Count && UnitLabels.Scan(text, credits[inline].End, inline + 1 < credits.Count ? credits[inline + 1].Start : text.Length).Count > 0)
        {
            inline++;
        }

        var segments = new List<Segment>();
        var context = new ElementContext();
        var at = 0;
        foreach (var credit in credits.Take(inline))
        {
            segments.AddRange(ReferenceReader.Read(text, at, credit.Start, context));
            segments.Add(new Segment(credit.Start, credit.End, Credit: credit.Credit));
            at = credit.End;
        }

        var referenceEnd = inline < credits.Count ? credits[inline].Start : text.Length;
        segments.AddRange(ReferenceReader.Read(text, at, referenceEnd, context));
        return (segments, credits.Skip(inline).ToList());
    }

    /// <summary>A published book as the source: the reference runs past its inline credits ("trans. …") and publication facts to the pages; <c>null</c> when the text is not a book.</summary>
    private static (List<Segment> Segments, List<CreditSpan> Credits)? Book(string text)
    {
        if (BookReader.Facts(text) is not { } facts)
        {
            return null;
        }

        var credits = CreditReader.Find(text, facts.Index);
        if (credits.Any(c => c.Start <= facts.Index && facts.Index < c.End))
        {
            return null;
        }

        var inline = credits.Where(c => c.End <= facts.Index).ToList();
        var after = credits.Where(c => c.Start >= facts.Index + facts.Length).ToList();
        var end = after.Count > 0 ? after[0].Start : text.Length;
        return BookReader.Read(text, end, facts, inline) is { } segments ? (segments, after) : null;
    }

    /// <summary>Text outside the reference and the credits: separators around, anything else a remainder part.</summary>
    internal static List<Segment> Loose(string text, int start, int end)
    {
        var result = new List<Segment>();
        var a = start;
        while (a < end && IsLooseSeparator(text[a]))
        {
            a++;
        }

        if (a == end)
        {
            if (end > start)
            {
                result.Add(new Segment(start, end));
            }

            return result;
        }

        var b = end;
        while (IsLooseSeparator(text[b - 1]))
        {
            b--;
        }

        if (a > start)
        {
            result.Add(new Segment(start, a));
        }

        result.Add(new Segment(a, b, new ArchivalPart(ArchivalPartKind.Remainder, text, a, b - a)));
        if (end > b)
        {
            result.Add(new Segment(b, end));
        }

        return result;
    }

    private static bool IsLooseSeparator(char c) => char.IsWhiteSpace(c) || c is '.' or ',' or ';' or ':' or ')' or ']' or '(' or '[';

    private static bool Covers(List<Segment> segments, int length)
    {
        var at = 0;
        foreach (var segment in segments)
        {
            if (segment.Start != at || segment.End <= segment.Start)
            {
                return false;
            }

            at = segment.End;
        }

        return at == length;
    }
}
