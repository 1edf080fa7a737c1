using HistoryCms.Core.Dates;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>
/// Finds the parts of a post page in its blocks, by the old site's layout: site chrome up to "Skip to main content" and a
/// content-type label ("Blog post"); the title (an <c>h1</c> in HTML); author images; the standfirst; the hero image
/// (its alternative text and caption); the body, up to "About the Author(s)"; each author as image, name, job title and
/// bio; and under "Read More" each program as name and description ending in "Read more".
/// </summary>
internal static class PostLayout
{
    private const string SkipLink = "Skip to main content";
    private const string ReadMoreLink = "Read more";

    private static readonly string[] Labels = ["Blog post", "Blog Post", "Article", "Commentary", "Op-Ed", "Op-ed", "News", "Press release", "Publication"];

    private static readonly string[] BodyEnds =
        ["About the Author", "About the Authors", "Read More", "Related", "Related Content", "Topics", "Regions", "Tags", "Share", "Share this"];

    private static readonly string[] SummaryClasses = ["summary", "standfirst", "dek", "lede", "subtitle", "intro"];

    /// <summary>Reads the parts, or <c>null</c> when the page holds no title.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The parts, or <c>null</c>.</returns>
    public static PostParts? Read(PageSource page)
    {
        var blocks = page.Blocks;
        var title = FindTitle(page);
        if (title is null)
        {
            return null;
        }

        var (titleBlock, titleIndex) = title.Value;
        var about = Index(blocks, b => IsHeading(b, "About the Author", "About the Authors"), titleIndex + 1);
        var readMore = Index(blocks, b => IsHeading(b, "Read More"), Math.Max(titleIndex + 1, about));
        var authors = about >= 0 ? ReadAuthors(blocks, about + 1, readMore >= 0 ? readMore : blocks.Count) : [];
        var programs = readMore >= 0 ? ReadPrograms(blocks, readMore + 1) : [];

        var i = titleIndex + 1;
        PageBlock? date = null;
        while (i < blocks.Count && (blocks[i].Kind == BlockKind.Image || IsDate(blocks[i]) || IsByline(blocks[i], authors)))
        {
            date ??= IsDate(blocks[i]) ? blocks[i] : null;
            i++;
        }

        PageBlock? standfirst = null;
        if (i < blocks.Count && IsStandfirst(page, blocks, i))
        {
            standfirst = blocks[i++];
        }

        var (heroAlt, heroCaption) = ReadHero(blocks, ref i);
        var end = Index(blocks, b => IsHeading(b, BodyEnds), i);
        var body = BodyBlocks(blocks, i, end >= 0 ? end : blocks.Count);
        return new PostParts(titleBlock, standfirst, heroAlt, heroCaption, date, body, authors, programs, [.. blocks.Take(Math.Max(titleIndex, 0))]);
    }

    private static (PageBlock Block, int Index)? FindTitle(PageSource page)
    {
        var blocks = page.Blocks;
        var h1 = Index(blocks, b => b.Element?.LocalName == "h1" && b.Text.Length > 0, 0);
        if (h1 >= 0)
        {
            return (blocks[h1], h1);
        }

        if (page.IsHtml)
        {
            return page.HeadTitle is { } head ? (new PageBlock(head, BlockKind.Heading, 1, null), -1) : null;
        }

        var skip = Index(blocks, b => b.Text.StartsWith(SkipLink, StringComparison.Ordinal), 0);
        var at = skip + 1;
        if (at < blocks.Count && Labels.Contains(blocks[at].Text, StringComparer.Ordinal))
        {
            at++;
        }

        return at < blocks.Count && blocks[at].Kind == BlockKind.Text && !blocks[at].Text.Contains('\n', StringComparison.Ordinal) && !IsHeading(blocks[at], BodyEnds)
            ? (blocks[at], at)
            : null;
    }

    private static bool IsStandfirst(PageSource page, IReadOnlyList<PageBlock> blocks, int i)
    {
        var block = blocks[i];
        if (block.Kind != BlockKind.Text || block.Text.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        if (block.Element?.ClassName is { } classes && SummaryClasses.Any(c => classes.Contains(c, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (page.Description is { } description && string.Equals(description, HtmlPage.Collapse(block.Text), StringComparison.Ordinal))
        {
            return true;
        }

        // Otherwise only when the hero image follows it, as on the old site's post pages.
        return i + 1 < blocks.Count && (blocks[i + 1].Kind == BlockKind.Image || IsTwoLineHero(blocks[i + 1]));
    }

    private static (PageBlock? Alt, PageBlock? Caption) ReadHero(IReadOnlyList<PageBlock> blocks, ref int i)
    {
        if (i < blocks.Count && IsTwoLineHero(blocks[i]))
        {
            var lines = blocks[i].Text.Split('\n');
            var hero = blocks[i++];
            return (hero with { Text = lines[0], Kind = BlockKind.Image }, hero with { Text = lines[1], Kind = BlockKind.Caption, Line = hero.Line + 1 });
        }

        if (i < blocks.Count && blocks[i].Kind == BlockKind.Image)
        {
            var alt = blocks[i++];
            var caption = i < blocks.Count && blocks[i].Kind == BlockKind.Caption ? blocks[i++] : null;
            return (alt, caption);
        }

        return (null, null);
    }

    /// <summary>A text capture prints an image's alternative text and its caption as one block of two lines.</summary>
    private static bool IsTwoLineHero(PageBlock block) => block.Element is null && block.Text.Split('\n').Length == 2;

    private static List<PageBlock> BodyBlocks(IReadOnlyList<PageBlock> blocks, int from, int to)
    {
        var body = new List<PageBlock>();
        var container = from < to ? blocks[from].Element?.ParentElement : null;
        for (var i = from; i < to; i++)
        {
            if (container is not null && blocks[i].Element is { } element && !container.Contains(element))
            {
                break;
            }

            body.Add(blocks[i]);
        }

        return body;
    }

    private static List<AuthorParts> ReadAuthors(IReadOnlyList<PageBlock> blocks, int from, int to)
    {
        var authors = new List<AuthorParts>();
        var i = from;
        while (i < to)
        {
            if (blocks[i].Kind == BlockKind.Image)
            {
                i++;
                continue;
            }

            var name = blocks[i++];
            var jobTitle = i < to && blocks[i].Kind != BlockKind.Image && IsShortLine(blocks[i].Text) ? blocks[i++] : null;
            var bio = i < to && blocks[i].Kind != BlockKind.Image ? blocks[i++] : null;
            authors.Add(new AuthorParts(name, jobTitle, bio, name));
        }

        return authors;
    }

    private static List<ProgramParts> ReadPrograms(IReadOnlyList<PageBlock> blocks, int from)
    {
        var programs = new List<ProgramParts>();
        for (var i = from; i + 1 < blocks.Count; i += 2)
        {
            if (!blocks[i + 1].Text.EndsWith(ReadMoreLink, StringComparison.OrdinalIgnoreCase) || !IsShortLine(blocks[i].Text))
            {
                break;
            }

            programs.Add(new ProgramParts(blocks[i], blocks[i + 1]));
        }

        return programs;
    }

    private static bool IsByline(PageBlock block, IReadOnlyList<AuthorParts> authors) =>
        authors.Any(a => string.Equals(a.Name.Text, block.Text.StartsWith("By ", StringComparison.Ordinal) ? block.Text[3..] : block.Text, StringComparison.Ordinal));

    private static bool IsDate(PageBlock block) =>
        block.Text.Length <= 40 && block.Text.Any(char.IsAsciiDigit) && PartialDate.TryParse(block.Text, out var date) && !date.IsUndated;

    private static bool IsShortLine(string text) => !text.Contains('\n', StringComparison.Ordinal) && text.Split(' ').Length <= 16 && !text.EndsWith('.');

    private static bool IsHeading(PageBlock block, params string[] texts) =>
        block.Kind is BlockKind.Heading or BlockKind.Text && texts.Contains(block.Text.Trim(), StringComparer.OrdinalIgnoreCase);

    private static int Index(IReadOnlyList<PageBlock> blocks, Func<PageBlock, bool> match, int from)
    {
        for (var i = Math.Max(from, 0); i < blocks.Count; i++)
        {
            if (match(blocks[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
