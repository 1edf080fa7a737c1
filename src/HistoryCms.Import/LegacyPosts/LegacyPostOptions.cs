using HistoryCms.Core.Content;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>How <see cref="LegacyPostReader"/> reads posts: where items go, what exists, the user's rules.</summary>
public sealed record LegacyPostOptions
{
    /// <summary>The Digital Archive's host, whose <c>/document/...</c> links become citations.</summary>
    public const string WilsonCenterArchiveHost = "digitalarchive.wilsoncenter.org";

    /// <summary>The posts, people and programs folders that new items go into.</summary>
    public required ImportFolders Folders { get; init; }

    /// <summary>What the site already holds (documents to cite, programs and authors to refer to rather than create).</summary>
    public ImportLookup Lookup { get; init; } = ImportLookup.From([]);

    /// <summary>The user's replacements (<c>--replace "found=replacement"</c> or a rules file); nothing else is ever replaced.</summary>
    public IReadOnlyList<ReplacementRule> Rules { get; init; } = [];

    /// <summary>Hosts of the Digital Archive; a relative <c>/document/...</c> link counts too.</summary>
    public IReadOnlyCollection<string> ArchiveHosts { get; init; } = [WilsonCenterArchiveHost];

    /// <summary>The create and update date of new items whose post gives no date (pass the run's start).</summary>
    public DateTimeOffset ImportedAt { get; init; }

    /// <summary>Where the old site's posts lived, to guess a post's URL from its title when neither the page nor the caller gives it.</summary>
    public string PostUrlBase { get; init; } = "https://www.wilsoncenter.org/blog-post/";
}

/// <summary>An imported item and the identity it is imported by (the old URL of a post; <c>program:</c>/<c>author:</c> and the name otherwise).</summary>
/// <param name="Identity">The identity.</param>
/// <param name="Item">The item, its key derived from the identity (<see cref="ImportKeys"/>).</param>
public sealed record ImportedContent(string Identity, ContentItem Item);

/// <summary>What reading one legacy post gave.</summary>
/// <param name="File">The file read.</param>
/// <param name="Post">The post, or <c>null</c> when it was skipped (see <see cref="Findings"/>).</param>
/// <param name="Programs">Programs and projects the post names that the site lacks, parents before children.</param>
/// <param name="Authors">Authors the post names that the site lacks.</param>
/// <param name="Findings">Every repair, guess, flag and skip, with file, location and field.</param>
public sealed record LegacyPostResult(
    string File,
    ImportedContent? Post,
    IReadOnlyList<ImportedContent> Programs,
    IReadOnlyList<ImportedContent> Authors,
    IReadOnlyList<ImportFinding> Findings)
{
    /// <summary>Whether the post was skipped.</summary>
    public bool IsSkipped => Post is null;

    /// <summary>Every item to write, parents first: programs, authors, then the post.</summary>
    public IReadOnlyList<ImportedContent> Items => [.. Programs, .. Authors, .. Post is null ? Array.Empty<ImportedContent>() : [Post]];
}
