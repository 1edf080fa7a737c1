using System.Text.Json.Nodes;

namespace HistoryCms.Core.ProgramBlocks;

/// <summary>One block of a program page: what kind it is, its kind-specific content and its settings.</summary>
/// <param name="Key">The block's key, unique within the list.</param>
/// <param name="Kind">The alias of its kind, e.g. <c>richText</c> (see <see cref="ProgramBlockKindAliases"/>); may name a kind this site does not know.</param>
/// <param name="Content">The kind-specific content, as stored (the block's own copy; unknown fields are kept).</param>
/// <param name="Settings">Settings every block has.</param>
public sealed record ProgramBlock(Guid Key, string Kind, JsonObject Content, ProgramBlockSettings Settings);

/// <summary>Settings every block has, whatever its kind.</summary>
/// <param name="Anchor">The id of the block on the page (for links such as <c>#about</c>), or <c>null</c>.</param>
/// <param name="Hidden">Whether the block is kept but not shown.</param>
/// <param name="Heading">The heading shown above the block, or <c>null</c>.</param>
public sealed record ProgramBlockSettings(string? Anchor = null, bool Hidden = false, string? Heading = null)
{
    /// <summary>Settings of a visible block without anchor or heading.</summary>
    public static ProgramBlockSettings Default { get; } = new();
}
