namespace HistoryCms.Import.LegacyPosts;

/// <summary>An author as the "About the Author" section gives them.</summary>
/// <param name="Name">The name.</param>
/// <param name="JobTitle">The job title under the name, if given.</param>
/// <param name="Bio">The short bio, if given.</param>
/// <param name="At">The block of the name.</param>
internal sealed record AuthorParts(PageBlock Name, PageBlock? JobTitle, PageBlock? Bio, PageBlock At);

/// <summary>A program as the "Read More" section gives it.</summary>
/// <param name="Name">The block of the name.</param>
/// <param name="Description">The block of its description (ending in "Read more").</param>
internal sealed record ProgramParts(PageBlock Name, PageBlock Description);

/// <summary>The parts of a post page, as blocks (not yet cleaned).</summary>
/// <param name="Title">The title (a block, or the head's title when no block holds it).</param>
/// <param name="Standfirst">The summary under the title.</param>
/// <param name="HeroAlt">The hero image's alternative text.</param>
/// <param name="HeroCaption">The hero image's caption.</param>
/// <param name="Date">The block that gives the date, if a block does.</param>
/// <param name="Body">The body's blocks.</param>
/// <param name="Authors">The authors.</param>
/// <param name="Programs">The programs.</param>
/// <param name="Chrome">Blocks before the title (site navigation, the window title), not imported.</param>
internal sealed record PostParts(
    PageBlock Title,
    PageBlock? Standfirst,
    PageBlock? HeroAlt,
    PageBlock? HeroCaption,
    PageBlock? Date,
    IReadOnlyList<PageBlock> Body,
    IReadOnlyList<AuthorParts> Authors,
    IReadOnlyList<ProgramParts> Programs,
    IReadOnlyList<PageBlock> Chrome);
