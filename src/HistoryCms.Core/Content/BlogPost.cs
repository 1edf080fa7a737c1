namespace HistoryCms.Core.Content;

/// <summary>A blog post (<c>historyBlogPost</c>), read by <see cref="HistoryContentReader"/>.</summary>
public sealed record BlogPost : IHistoryRecord
{
    /// <inheritdoc />
    public required Guid Key { get; init; }

    /// <summary>The post's title (its node name).</summary>
    public required string Name { get; init; }

    /// <inheritdoc />
    public string ContentType => HistoryAliases.ContentTypes.BlogPost;

    /// <inheritdoc />
    public string RoutePath { get; init; } = string.Empty;

    /// <inheritdoc />
    public DateTimeOffset CreateDate { get; init; }

    /// <inheritdoc />
    public DateTimeOffset UpdateDate { get; init; }

    /// <summary>The summary under the title, also used in cards and search results.</summary>
    public string? Standfirst { get; init; }

    /// <summary>The hero image; its alternative text is the caption.</summary>
    public ImageReference? HeroImage { get; init; }

    /// <summary>The hero image's caption.</summary>
    public string? HeroCaption { get; init; }

    /// <summary>The hero image's credit.</summary>
    public string? HeroCredit { get; init; }

    /// <summary>The body HTML as stored (not yet sanitised), with inline citation markers <c>&lt;sup data-citation="KEY"&gt;&lt;/sup&gt;</c>.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>The authors, in byline order (published authors only).</summary>
    public IReadOnlyList<ContentLink> Authors { get; init; } = [];

    /// <summary>The programs or projects the post belongs to.</summary>
    public IReadOnlyList<ContentLink> Programs { get; init; } = [];

    /// <summary>Topics (tags).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Places (tags).</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>The date printed on the post, when the editor set one.</summary>
    public DateOnly? PublishDate { get; init; }

    /// <summary>Related posts.</summary>
    public IReadOnlyList<ContentLink> RelatedPosts { get; init; } = [];

    /// <summary>The post's title (same as <see cref="Name"/>).</summary>
    public string Title => Name;

    /// <summary>The date to show and sort by: the publish date, else the day the item was created.</summary>
    public DateOnly DisplayDate => PublishDate ?? DateOnly.FromDateTime(CreateDate.UtcDateTime);
}
