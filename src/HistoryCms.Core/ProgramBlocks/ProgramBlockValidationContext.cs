using HistoryCms.Core.Content;

namespace HistoryCms.Core.ProgramBlocks;

/// <summary>What block validation may consult besides the value itself.</summary>
/// <param name="Content">
/// Where picked items are looked up to check they exist and have the right type; <c>null</c> checks the value's shape
/// only (e.g. when content is imported before the items it picks).
/// </param>
/// <param name="Program">The program whose page is being edited, when known.</param>
public sealed record ProgramBlockValidationContext(IContentLookup? Content = null, ContentItem? Program = null)
{
    /// <summary>A context that checks shapes only.</summary>
    public static ProgramBlockValidationContext ShapeOnly { get; } = new();
}
