using HistoryCms.Core.ProgramBlocks.Delivery;

namespace HistoryCms.Web.ViewModels;

/// <summary>
/// One program block on a page (<c>_ProgramBlock</c>): the block as the Delivery API delivers it and the partial that
/// renders its content, <c>/Views/Shared/HistoryCms/Blocks/_{kind}.cshtml</c>. A site renders its own kind by adding that partial.
/// </summary>
/// <param name="Block">The delivered block (kind, settings, content).</param>
/// <param name="PartialPath">The path of the partial for its kind.</param>
/// <param name="HeadingId">The element id of the block's heading.</param>
public sealed record ProgramBlockModel(DeliveredProgramBlock Block, string PartialPath, string HeadingId)
{
    /// <summary>The folder of the block partials.</summary>
    public const string PartialFolder = "/Views/Shared/HistoryCms/Blocks/";

    /// <summary>The partial that renders blocks of a kind.</summary>
    /// <param name="kind">The kind alias.</param>
    /// <returns>The partial's path.</returns>
    public static string PartialFor(string kind) => PartialFolder + "_" + kind + ".cshtml";
}
