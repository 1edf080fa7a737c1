using HistoryCms.USync.Content;

namespace HistoryCms.Server.Snapshot;

/// <summary>Content from a uSync folder (<c>uSync/v17</c>): every <c>Content/**/*.config</c> file, read by the uSync content reader.</summary>
/// <param name="rootPath">The uSync folder, e.g. <c>&lt;repo&gt;/uSync/v17</c>.</param>
public sealed class USyncContentSource(string rootPath) : IContentSource
{
    /// <inheritdoc/>
    public string? RootPath => rootPath;

    /// <inheritdoc/>
    public ContentLoadResult Load()
    {
        var result = USyncContentReader.ReadFolder(Path.Combine(rootPath, USyncContentWriter.Folder));
        return new ContentLoadResult(
            result.Items,
            [.. result.Problems.Select(p => new ContentLoadProblem(p.Path, p.Line > 0 ? p.Line : null, p.Message))]);
    }
}
