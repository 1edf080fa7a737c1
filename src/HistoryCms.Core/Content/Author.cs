namespace HistoryCms.Core.Content;

/// <summary>An author or staff member (<c>historyAuthor</c>), read by <see cref="HistoryContentReader"/>.</summary>
public sealed record Author : IHistoryRecord
{
    /// <inheritdoc />
    public required Guid Key { get; init; }

    /// <summary>The person's name (the node name).</summary>
    public required string Name { get; init; }

    /// <inheritdoc />
    public string ContentType => HistoryAliases.ContentTypes.Author;

    /// <inheritdoc />
    public string RoutePath { get; init; } = string.Empty;

    /// <inheritdoc />
    public DateTimeOffset CreateDate { get; init; }

    /// <inheritdoc />
    public DateTimeOffset UpdateDate { get; init; }

    /// <summary>The job title as printed under the name, e.g. "Deputy Director, History and Public Policy Program".</summary>
    public string? JobTitle { get; init; }

    /// <summary>The program the person belongs to.</summary>
    public ContentLink? Affiliation { get; init; }

    /// <summary>The portrait; its alternative text is the person's name.</summary>
    public ImageReference? Photo { get; init; }

    /// <summary>One or two sentences shown under posts.</summary>
    public string? ShortBio { get; init; }

    /// <summary>The long bio HTML as stored (not yet sanitised); empty when none.</summary>
    public string LongBio { get; init; } = string.Empty;

    /// <summary>ORCID, personal site, social profiles.</summary>
    public IReadOnlyList<WebLink> Links { get; init; } = [];

    /// <summary>The email address. Private by default: the delivery output never includes it unless a site opts in.</summary>
    public string? Email { get; init; }
}
