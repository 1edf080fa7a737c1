namespace HistoryCms.Search;

/// <summary>
/// The neutral search document: what one content item (post, archival document, author, program) contributes to
/// the site index. Contributors fill it from typed content; the index never sees content types.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>The content item's key.</summary>
    public required Guid Id { get; init; }

    /// <summary>The document type alias.</summary>
    public required string Type { get; init; }

    /// <summary>The title (node name).</summary>
    public required string Title { get; init; }

    /// <summary>The item's URL path.</summary>
    public string Route { get; init; } = string.Empty;

    /// <summary>The main text as plain text (post body, document translation, biography): searched and used for snippets.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>Other searchable text (summary, standfirst, original and romanized titles, official numbers).</summary>
    public IReadOnlyList<string> Extra { get; init; } = [];

    /// <summary>The language of <see cref="Title"/> and <see cref="Body"/> (BCP 47 / ISO 639-1, e.g. <c>en</c>); chooses the analysis.</summary>
    public string TextLanguage { get; init; } = "en";

    /// <summary>The item's date, or <c>null</c> when undated.</summary>
    public SearchDate? Date { get; init; }

    /// <summary>Program keys with labels, including every ancestor program of a project.</summary>
    public IReadOnlyList<SearchLabel> Programs { get; init; } = [];

    /// <summary>Author keys with names.</summary>
    public IReadOnlyList<SearchLabel> Authors { get; init; } = [];

    /// <summary>The repository (archive), e.g. <c>RGANI</c>, or <c>null</c>.</summary>
    public string? Repository { get; init; }

    /// <summary>Original languages of a document (ISO 639-1).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Genre of an archival document (Letter, Cable...), or <c>null</c>.</summary>
    public string? Genre { get; init; }

    /// <summary>Subjects (and topics of posts).</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>People and organizations with their name variants and romanizations.</summary>
    public IReadOnlyList<SearchPerson> People { get; init; } = [];

    /// <summary>Places.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Keys of the item's ancestors in the content tree (so removing a branch removes its items).</summary>
    public IReadOnlyList<Guid> Ancestors { get; init; } = [];
}

/// <summary>A facet value that is a key shown by its name (a program, an author).</summary>
/// <param name="Key">The value filtered by.</param>
/// <param name="Label">The value shown.</param>
public sealed record SearchLabel(string Key, string Label);

/// <summary>A person or organization with the other spellings of the name.</summary>
/// <param name="Name">The canonical name (the facet value).</param>
/// <param name="Variants">Other spellings, romanizations and original-script forms (e.g. <c>Pak Song Chol</c>, <c>박성철</c>).</param>
public sealed record SearchPerson(string Name, IReadOnlyList<string> Variants);

/// <summary>
/// A date as an inclusive day range with the precision it was known to: a partial date (<c>1945-05</c>) becomes
/// its first and last day.
/// </summary>
/// <param name="Start">The first day the date can mean.</param>
/// <param name="End">The last day the date can mean.</param>
/// <param name="Text">The date as written for readers (e.g. <c>1945-05</c>, <c>c. 1950</c>).</param>
public sealed record SearchDate(DateOnly Start, DateOnly End, string Text)
{
    /// <summary>A date known to the year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The first to the last day of the year.</returns>
    public static SearchDate OfYear(int year) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A date known to the month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month (1-12).</param>
    /// <returns>The first to the last day of the month.</returns>
    public static SearchDate OfMonth(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)),
            FormattableString.Invariant($"{year:D4}-{month:D2}"));

    /// <summary>A date known to the day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>That day.</returns>
    public static SearchDate OfDay(DateOnly day) =>
        new(day, day, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
