using System.Text;

namespace HistoryCms.Core.Archival;

/// <summary>
/// A one-line archival "Source" as a digital archive prints it under a translated document, e.g.
/// "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.", parsed into structured parts
/// (repository; fond, opis, delo, leaves with verso "ob."; collection, series, box, folder, file, volume, item; pages;
/// location; unrecognised remainder) and credits (translated, contributed, transcribed, obtained, edited by ...).
/// </summary>
/// <remarks>
/// Parsing never throws and never loses a character: <see cref="ToString"/> returns the parsed text byte for byte, for any
/// input. Parts keep their text as printed (<c>op.1</c> stays without a space); <see cref="ToCitation"/> gives normalised forms.
/// </remarks>
public sealed class ArchivalReference : IEquatable<ArchivalReference>
{
    private readonly IReadOnlyList<Segment> _segments;
    private readonly int? _creditsStart;

    private ArchivalReference(string text, IReadOnlyList<Segment> segments)
    {
        Text = text;
        _segments = segments;
        _creditsStart = CreditsStart(segments);
        Parts = [.. segments.Select(s => s.Part).OfType<ArchivalPart>().Where(p => !InCredits(p.Index))];
        Credits = [.. segments.Select(s => s.Credit).OfType<ArchivalCredit>()];
        var repository = Find(ArchivalPartKind.Repository);
        Repository = repository is null ? null : ArchivalRepository.From(repository.Text);
    }

    /// <summary>The empty reference.</summary>
    public static ArchivalReference Empty { get; } = new(string.Empty, []);

    /// <summary>The text that was parsed, as given.</summary>
    public string Text { get; }

    /// <summary>Whether the text is empty.</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>The parts of the reference (not the credits), in printed order, including unrecognised remainder parts.</summary>
    public IReadOnlyList<ArchivalPart> Parts { get; }

    /// <summary>The credits, in printed order.</summary>
    public IReadOnlyList<ArchivalCredit> Credits { get; }

    /// <summary>The (first) repository, with its full name when the abbreviation is well known; <c>null</c> when none was recognised.</summary>
    public ArchivalRepository? Repository { get; }

    /// <summary>The first unlabelled reference code or signature ("B 136/59748").</summary>
    public ArchivalPart? ReferenceCode => Find(ArchivalPartKind.ReferenceCode);

    /// <summary>The fond ("f. 5").</summary>
    public ArchivalPart? Fond => Find(ArchivalPartKind.Fond);

    /// <summary>The opis ("op. 49").</summary>
    public ArchivalPart? Opis => Find(ArchivalPartKind.Opis);

    /// <summary>The delo ("d. 131").</summary>
    public ArchivalPart? Delo => Find(ArchivalPartKind.Delo);

    /// <summary>The leaves or folios ("l. 7", "ll. 193-194", "ff. 12r-13v").</summary>
    public ArchivalPart? Folios => Find(ArchivalPartKind.Folios);

    /// <summary>The pages ("pp. 12-14", or "403-410" after a signature).</summary>
    public ArchivalPart? Pages => Find(ArchivalPartKind.Pages);

    /// <summary>The collection, record group or fonds.</summary>
    public ArchivalPart? Collection => Find(ArchivalPartKind.Collection);

    /// <summary>The series.</summary>
    public ArchivalPart? Series => Find(ArchivalPartKind.Series);

    /// <summary>The box.</summary>
    public ArchivalPart? Box => Find(ArchivalPartKind.Box);

    /// <summary>The folder (or papka).</summary>
    public ArchivalPart? Folder => Find(ArchivalPartKind.Folder);

    /// <summary>The file.</summary>
    public ArchivalPart? File => Find(ArchivalPartKind.File);

    /// <summary>The volume (or tom).</summary>
    public ArchivalPart? Volume => Find(ArchivalPartKind.Volume);

    /// <summary>The item or document number.</summary>
    public ArchivalPart? Item => Find(ArchivalPartKind.Item);

    /// <summary>The medium of the copy, from a parenthetical note ("Microfilm" in "A’0123 (Microfilm)").</summary>
    public ArchivalPart? Medium => Find(ArchivalPartKind.Medium);

    /// <summary>
    /// The pinpoint: the last leaves or pages the reference gives ("403-410" in "BArch, B 136/59748, 403-410", "ll. 193-194"),
    /// which narrow the reference (signature, file, book) to the document; <c>null</c> when it gives none.
    /// </summary>
    public ArchivalPart? Pinpoint => Parts.LastOrDefault(p => p.Kind is ArchivalPartKind.Folios or ArchivalPartKind.Pages);

    /// <summary>Where the repository is ("Halifax, Nova Scotia, Canada").</summary>
    public ArchivalPart? Location => Find(ArchivalPartKind.Location);

    /// <summary>Whether the reference uses the Russian fond / opis / delo system.</summary>
    public bool IsRussianStyle => Fond is not null || Opis is not null || Delo is not null;

    /// <summary>The text nothing was recognised in (in the reference or among the credits), pieces joined by "; "; empty when everything was recognised.</summary>
    public string Remainder => string.Join("; ", _segments.Select(s => s.Part).OfType<ArchivalPart>().Where(p => p.Kind == ArchivalPartKind.Remainder).Select(p => p.Text));

    /// <summary>The reference without the credits and without the punctuation that closes it (a bracket it opened stays closed): "RGANI, f. 5, op. 49, d. 131, ll. 193-194".</summary>
    public string ReferenceText
    {
        get
        {
            var reference = _segments.Where(s => !InCredits(s.Start)).ToList();
            var first = reference.FindIndex(s => !s.IsSeparator);
            var last = reference.FindLastIndex(s => !s.IsSeparator);
            if (first < 0)
            {
                return string.Empty;
            }

            var start = reference[first].Start;
            var end = reference[last].End;
            while (end < Text.Length && Text[end] is ')' or ']' && Unclosed(Text[start..end], Text[end] == ')' ? '(' : '['))
            {
                end++;
            }

            return Text[start..end];
        }
    }

    /// <summary>The credits as printed, from the first credit to the end: "Translated by Gary Goldberg."; empty when there are none.</summary>
    public string CreditsText => _creditsStart is { } start ? Text[start..].Trim() : string.Empty;

    /// <summary>Translators' names ("Translated by ...").</summary>
    public IReadOnlyList<string> Translators => NamesFor(ArchivalCreditRole.Translated);

    /// <summary>Contributors' names ("Contributed by ...", "Provided by ...").</summary>
    public IReadOnlyList<string> Contributors => NamesFor(ArchivalCreditRole.Contributed);

    /// <summary>Transcribers' names ("Transcribed by ...").</summary>
    public IReadOnlyList<string> Transcribers => NamesFor(ArchivalCreditRole.Transcribed);

    /// <summary>Names in "Obtained by ..." credits.</summary>
    public IReadOnlyList<string> ObtainedBy => NamesFor(ArchivalCreditRole.Obtained);

    /// <summary>Editors' names ("Edited by ...").</summary>
    public IReadOnlyList<string> Editors => NamesFor(ArchivalCreditRole.Edited);

    /// <summary>Parses a Source line. Never throws; <c>null</c> reads as empty.</summary>
    /// <param name="text">The line.</param>
    /// <returns>The reference; its <see cref="ToString"/> is exactly <paramref name="text"/>.</returns>
    public static ArchivalReference Parse(string? text) =>
        string.IsNullOrEmpty(text) ? Empty : new ArchivalReference(text, ArchivalReferenceParser.Parse(text));

    /// <summary>The first part of a kind, or <c>null</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The part, or <c>null</c>.</returns>
    public ArchivalPart? Find(ArchivalPartKind kind) => Parts.FirstOrDefault(p => p.Kind == kind);

    /// <summary>The names credited with a role, in printed order, without duplicates.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The names.</returns>
    public IReadOnlyList<string> NamesFor(ArchivalCreditRole role) =>
        [.. Credits.Where(c => c.Has(role)).SelectMany(c => c.Names).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The reference (without credits) for a citation: spelled out ("RGANI, fond 5, opis 49, delo 131, listy 193–194"),
    /// abbreviated ("RGANI, f. 5, op. 49, d. 131, ll. 193–194") or as printed. A book cites as CMOS 14.100 prints a
    /// translated book: "Author, Title, trans. Name (City: Publisher, Year), 112–118".
    /// </summary>
    /// <param name="form">The form.</param>
    /// <param name="expandRepository">Write a well-known repository as "Full Name (ABBR)" (a first citation) rather than as printed.</param>
    /// <returns>The reference.</returns>
    public string ToCitation(ArchivalCitationForm form = ArchivalCitationForm.Spelled, bool expandRepository = false) =>
        form == ArchivalCitationForm.AsPrinted && !expandRepository
            ? ReferenceText
            : string.Join(", ", CitationPieces(form, expandRepository).Select(p => p.Text));

    /// <summary>
    /// The pieces <see cref="ToCitation"/> joins with ", ", each with the kind of the part it starts with (<c>null</c> for a
    /// credit printed inside a book reference): a medium note stays with its identifier ("A’0123 (Microfilm)") and a book's
    /// publication facts with what precedes them ("trans. Kenji Tanaka (Tokyo: Iwanami Shoten, 1999)").
    /// </summary>
    /// <param name="form">The form.</param>
    /// <param name="expandRepository">Write a well-known repository as "Full Name (ABBR)".</param>
    /// <returns>The pieces, in printed order.</returns>
    public IReadOnlyList<ArchivalCitationPiece> CitationPieces(ArchivalCitationForm form = ArchivalCitationForm.Spelled, bool expandRepository = false)
    {
        var pieces = new List<ArchivalCitationPiece>();
        var facts = new StringBuilder();
        foreach (var segment in _segments.Where(s => !InCredits(s.Start)))
        {
            switch (segment)
            {
                case { Part: { Kind: ArchivalPartKind.Medium } part }:
                    Attach($"({part.Text})");
                    break;
                case { Part: { Kind: ArchivalPartKind.PublicationPlace } part }:
                    facts.Clear().Append('(').Append(part.Text);
                    break;
                case { Part: { Kind: ArchivalPartKind.Publisher } part }:
                    facts.Append(facts.Length == 0 ? "(" : ": ").Append(part.Text);
                    break;
                case { Part: { Kind: ArchivalPartKind.PublicationYear } part }:
                    Attach(facts.Append(facts.Length == 0 ? "(" : ", ").Append(part.Text).Append(')').ToString());
                    facts.Clear();
                    break;
                case { Part: { Kind: ArchivalPartKind.Repository } part } when expandRepository && ArchivalRepository.From(part.Text) is { Abbreviation: { } abbreviation, Name: { } name }:
                    pieces.Add(new(part.Kind, $"{name} ({abbreviation})"));
                    break;
                case { Part: { } part }:
                    pieces.Add(new(part.Kind, part.Format(form)));
                    break;
                case { Credit: { } credit }:
                    pieces.Add(new(null, credit.Text.EndsWith(credit.Label, StringComparison.Ordinal) ? credit.Text : $"{CitationLabel(credit)} {JoinNames(credit.Names)}"));
                    break;
            }
        }

        return pieces;

        void Attach(string text)
        {
            if (pieces.Count == 0)
            {
                pieces.Add(new(null, text));
            }
            else
            {
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + " " + text };
            }
        }
    }

    /// <summary>The reference rendered back from its parts, credits and the separators between them: exactly the parsed text.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Text.Length);
        foreach (var segment in _segments)
        {
            _ = segment switch
            {
                { Part: { } part } => text.Append(part.Text),
                { Credit: { } credit } => text.Append(credit.Text),
                _ => text.Append(Text, segment.Start, segment.End - segment.Start),
            };
        }

        return text.ToString();
    }

    /// <summary>The segments (parts, credits, separators) in order; for tests that check nothing but punctuation falls between parts.</summary>
    internal IReadOnlyList<Segment> Segments => _segments;

    /// <summary>Whether two references were parsed from the same text (ordinal comparison).</summary>
    /// <param name="other">The other reference.</param>
    /// <returns><c>true</c> when the texts are equal.</returns>
    public bool Equals(ArchivalReference? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ArchivalReference);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    private bool InCredits(int index) => _creditsStart is { } start && index >= start;

    /// <summary>
    /// Where the credits that close the line start: at the first credit after the last recognised part. Credits printed inside
    /// the reference (a book's "trans. …" before its publication facts) belong to the reference.
    /// </summary>
    private static int? CreditsStart(IReadOnlyList<Segment> segments)
    {
        var lastPart = -1;
        for (var i = 0; i < segments.Count; i++)
        {
            lastPart = segments[i].Part is { Kind: not ArchivalPartKind.Remainder } ? i : lastPart;
        }

        return segments.Skip(lastPart + 1).FirstOrDefault(s => s.Credit is not null) is { Credit: not null } first ? first.Start : null;
    }

    private static bool Unclosed(string text, char open) =>
        text.Count(c => c == open) > text.Count(c => c == (open == '(' ? ')' : ']'));

    private static string CitationLabel(ArchivalCredit credit) =>
        credit.Roles is [ArchivalCreditRole.Translated] ? "trans." : credit.Roles is [ArchivalCreditRole.Edited] ? (credit.Names.Count > 1 ? "eds." : "ed.") : credit.Label;

    private static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        2 => $"{names[0]} and {names[1]}",
        _ => string.Join(", ", names.Take(names.Count - 1)) + ", and " + names[^1],
    };
}
