namespace HistoryCms.Core.Content;

/// <summary>
/// A research program (<c>historyProgram</c>), read by <see cref="HistoryContentReader"/>. A program created beneath
/// another is one of its projects: <see cref="Parent"/> is then set, and the parent lists it in <see cref="Projects"/>.
/// (Named <c>ResearchProgram</c> rather than <c>Program</c> so it never clashes with an app's top-level <c>Program</c> class.)
/// </summary>
public sealed record ResearchProgram : IHistoryRecord
{
    /// <inheritdoc />
    public required Guid Key { get; init; }

    /// <summary>The program's name (the node name).</summary>
    public required string Name { get; init; }

    /// <inheritdoc />
    public string ContentType => HistoryAliases.ContentTypes.Program;

    /// <inheritdoc />
    public string RoutePath { get; init; } = string.Empty;

    /// <inheritdoc />
    public DateTimeOffset CreateDate { get; init; }

    /// <inheritdoc />
    public DateTimeOffset UpdateDate { get; init; }

    /// <summary>The "about" text shown in footers and "Read more" cards.</summary>
    public string? ShortDescription { get; init; }

    /// <summary>The logo; its alternative text is the program's name.</summary>
    public ImageReference? Logo { get; init; }

    /// <summary>The collection name of the program's documents in the digital archive.</summary>
    public string? CollectionName { get; init; }

    /// <summary>The contact email address.</summary>
    public string? Contact { get; init; }

    /// <summary>The raw stored Program Blocks value (<c>{"v":2,"blocks":[...]}</c>), or <c>null</c>; the program blocks feature reads it.</summary>
    public string? BlocksJson { get; init; }

    /// <summary>The staff (published authors), in the order picked.</summary>
    public IReadOnlyList<ContentLink> Staff { get; init; } = [];

    /// <summary>The program this one is a project of, or <c>null</c> for a top-level program.</summary>
    public ContentLink? Parent { get; init; }

    /// <summary>The projects: published child programs, in tree order.</summary>
    public IReadOnlyList<ContentLink> Projects { get; init; } = [];

    /// <summary>Whether this program is a project of another.</summary>
    public bool IsProject => Parent is not null;
}
