using System.Text.RegularExpressions;
using K = HistoryCms.Core.Archival.ArchivalPartKind;

namespace HistoryCms.Core.Archival;

/// <summary>
/// Reads a published book cited as the source: <c>Author. Title. trans. Name. (City: Publisher, Year), pages</c> (or with commas:
/// <c>Author, Title (City: Publisher, Year), pages</c>). The publication facts in parentheses mark a book; the text before them
/// is the author and the title (a single element is the title), credits among them ("trans.", "ed.") stay credits, and the
/// pages after them are the pinpoint.
/// </summary>
internal static partial class BookReader
{
    /// <summary>The publication facts "(City: Publisher, Year)" of a book, or <c>null</c> when the text has none.</summary>
    public static Match? Facts(string text)
    {
        var m = PublicationFacts().Match(text);
        return m.Success ? m : null;
    }

    /// <summary>
    /// The segments of the book reference <c>[0, end)</c>, where <paramref name="facts"/> are its publication facts and
    /// <paramref name="inline"/> the credits printed before them; <c>null</c> when no title stands before the facts.
    /// </summary>
    public static List<Segment>? Read(string text, int end, Match facts, IReadOnlyList<CreditSpan> inline)
    {
        var headEnd = inline.Count > 0 ? inline[0].Start : facts.Index;
        if (!text[..headEnd].Any(char.IsLetter))
        {
            return null;
        }

        var segments = Head(text, ReferenceReader.Read(text, 0, headEnd, merge: false));
        var at = headEnd;
        foreach (var credit in inline)
        {
            segments.AddRange(ReferenceReader.Read(text, at, credit.Start));
            segments.Add(new Segment(credit.Start, credit.End, Credit: credit.Credit));
            at = credit.End;
        }

        segments.AddRange(ReferenceReader.Read(text, at, facts.Index));
        var place = facts.Groups["place"];
        var publisher = facts.Groups["publisher"];
        var year = facts.Groups["year"];
        segments.Add(new Segment(facts.Index, place.Index));
        segments.Add(new Segment(place.Index, place.Index + place.Length, new ArchivalPart(K.PublicationPlace, text, place.Index, place.Length)));
        segments.Add(new Segment(place.Index + place.Length, publisher.Index));
        segments.Add(new Segment(publisher.Index, publisher.Index + publisher.Length, new ArchivalPart(K.Publisher, text, publisher.Index, publisher.Length)));
        segments.Add(new Segment(publisher.Index + publisher.Length, year.Index));
        segments.Add(new Segment(year.Index, year.Index + year.Length, new ArchivalPart(K.PublicationYear, text, year.Index, year.Length)));
        segments.Add(new Segment(year.Index + year.Length, facts.Index + facts.Length));

        var context = new ElementContext();
        context.Add(K.PublicationYear);
        segments.AddRange(ReferenceReader.Read(text, facts.Index + facts.Length, end, context));
        return segments.Where(s => s.End > s.Start).ToList();
    }

    /// <summary>
    /// Names the unlabelled elements before the first labelled unit: the first is the author when it reads as a person's name
    /// or a full stop follows it, the rest (joined) the title; otherwise all of them are the title.
    /// </summary>
    private static List<Segment> Head(string text, List<Segment> segments)
    {
        var firstUnit = segments.FindIndex(s => s.Part is { Label.Length: > 0 });
        var limit = firstUnit < 0 ? segments.Count : firstUnit;
        var elements = Enumerable.Range(0, limit).Where(i => segments[i].Part is not null).ToList();
        if (elements.Count == 0)
        {
            return segments;
        }

        var result = new List<Segment>(segments);
        if (elements.Count > 2 && EditorMark().IsMatch(segments[elements[1]].Part!.Text))
        {
            return Edited(text, result, elements);
        }

        var hasAuthor = elements.Count > 1 && (PersonName().IsMatch(segments[elements[0]].Part!.Text) || text[segments[elements[0]].End..segments[elements[1]].Start].Contains('.'));
        var titleFrom = hasAuthor ? elements[1] : elements[0];
        var titleTo = elements[^1];
        var title = new Segment(segments[titleFrom].Start, segments[titleTo].End);
        result.RemoveRange(titleFrom, titleTo - titleFrom + 1);
        result.Insert(titleFrom, title with { Part = new ArchivalPart(K.Title, text, title.Start, title.End - title.Start) });
        if (hasAuthor)
        {
            var author = segments[elements[0]];
            result[elements[0]] = author with { Part = new ArchivalPart(K.Author, text, author.Start, author.End - author.Start) };
        }

        return result;
    }

    /// <summary>"Shen Zhihua, ed., Title": the first element is the editor (a credit), the rest the title.</summary>
    private static List<Segment> Edited(string text, List<Segment> segments, List<int> elements)
    {
        var editor = segments[elements[0]];
        var mark = segments[elements[1]];
        var label = mark.Part!.Text;
        var credit = new ArchivalCredit(
            text[editor.Start..mark.End],
            label,
            [ArchivalCreditRole.Edited],
            null,
            [new ArchivalCreditName(editor.Part!.Text)]);
        var title = new Segment(segments[elements[2]].Start, segments[elements[^1]].End);
        var result = segments.Take(elements[0]).ToList();
        result.Add(new Segment(editor.Start, mark.End, Credit: credit));
        result.AddRange(segments.Skip(elements[1] + 1).Take(elements[2] - elements[1] - 1));
        result.Add(title with { Part = new ArchivalPart(K.Title, text, title.Start, title.End - title.Start) });
        result.AddRange(segments.Skip(elements[^1] + 1));
        return result;
    }

    /// <summary>A person's name: two to four capitalised words or initials ("Wu Lengxi", "G. F. Kennan"), no digits, no lower-case words such as "of".</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]*\.?(?:\s+\p{Lu}[\p{L}'’\-]*\.?){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^(?:eds?|comp|comps)\.$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditorMark();

    [GeneratedRegex(@"\((?<place>[^\s():;\[\]][^():;\[\]]{0,59}?)\s*:\s*(?<publisher>[^\s():;\[\]][^():;\[\]]{0,119}?)\s*,\s*(?<year>(?:1[5-9]|20)\d\d[a-z]?)\)", RegexOptions.CultureInvariant)]
    private static partial Regex PublicationFacts();
}
