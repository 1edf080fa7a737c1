using AngleSharp.Dom;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>What a block of a page is.</summary>
internal enum BlockKind
{
    /// <summary>Running text (a paragraph, a list item, a short label).</summary>
    Text,

    /// <summary>A heading (<c>h1</c>–<c>h6</c>).</summary>
    Heading,

    /// <summary>An image, represented by its alternative text.</summary>
    Image,

    /// <summary>A caption (<c>figcaption</c>).</summary>
    Caption,
}

/// <summary>
/// One block of a page in reading order: a paragraph of a text capture (separated by blank lines), or a block-level element
/// of a saved HTML page. Both kinds of input are read into blocks so that one layout reader serves both.
/// </summary>
/// <param name="Text">The block's text, whitespace collapsed (a text capture keeps its line breaks).</param>
/// <param name="Kind">What it is.</param>
/// <param name="Line">The line it starts on in the file (from 1).</param>
/// <param name="Element">The HTML element it comes from, or <c>null</c> in a text capture.</param>
internal sealed record PageBlock(string Text, BlockKind Kind, int Line, IElement? Element)
{
    /// <summary>Where the block is, for findings.</summary>
    public string Location => $"line {Line}";
}

/// <summary>A page read into blocks, with what an HTML page's head says about it.</summary>
/// <param name="Blocks">The blocks, in reading order.</param>
/// <param name="Url">The page's own URL (canonical link or <c>og:url</c>), if it gives one.</param>
/// <param name="HeadTitle">The title from <c>og:title</c> or <c>&lt;title&gt;</c>, if no <c>h1</c> holds one.</param>
/// <param name="Description">The page's description (<c>meta name="description"</c> or <c>og:description</c>).</param>
/// <param name="Date">The published date the page's metadata or a <c>time</c> element gives.</param>
/// <param name="IsHtml">Whether the page is HTML.</param>
internal sealed record PageSource(IReadOnlyList<PageBlock> Blocks, string? Url, string? HeadTitle, string? Description, string? Date, bool IsHtml)
{
    /// <summary>The line of the element that gives <see cref="Url"/>, if any.</summary>
    public int? UrlLine { get; init; }

    /// <summary>The line of the element that gives <see cref="Date"/>, if any.</summary>
    public int? DateLine { get; init; }

    /// <summary>Where the page's own URL stands, for findings: its line, else the head.</summary>
    public string UrlLocation => UrlLine is { } line ? $"line {line}" : "head";
}
