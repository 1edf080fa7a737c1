using HistoryCms.Core.Content;

namespace HistoryCms.Core.ProgramBlocks;

/// <summary>What mapping blocks for delivery may consult.</summary>
/// <param name="Content">Where picked items, posts and projects are looked up.</param>
/// <param name="Sanitizer">Makes rich text safe to deliver.</param>
/// <param name="Now">The current time (dynamic blocks such as latest posts leave out what is dated later).</param>
public sealed record ProgramBlockMappingContext(IContentLookup Content, IHtmlSanitizer Sanitizer, DateTimeOffset Now)
{
    /// <summary>The program whose page holds the blocks, or <c>null</c> when the blocks are not on a program.</summary>
    public ContentItem? Program { get; init; }

    /// <summary>Site-wide delivery options.</summary>
    public ProgramBlockDeliveryOptions Options { get; init; } = ProgramBlockDeliveryOptions.Default;
}

/// <summary>Site-wide options of block delivery.</summary>
/// <param name="SearchPath">The path of the site's site search page, which document search blocks link to.</param>
public sealed record ProgramBlockDeliveryOptions(string SearchPath = "/search")
{
    /// <summary>The defaults.</summary>
    public static ProgramBlockDeliveryOptions Default { get; } = new();
}
