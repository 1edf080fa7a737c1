using HistoryCms.Core.Content;

namespace HistoryCms.Server.Snapshot;

/// <summary>Where the server's content comes from (the uSync folder, or items a test builds).</summary>
public interface IContentSource
{
    /// <summary>The folder the source reads and the watcher watches; <c>null</c> when it reads no files.</summary>
    string? RootPath { get; }

    /// <summary>Reads every content item. Never throws for bad content: each broken file becomes a problem.</summary>
    /// <returns>What was read, and the problems found.</returns>
    ContentLoadResult Load();
}

/// <summary>What one load of the content found.</summary>
/// <param name="Items">The items read from good files.</param>
/// <param name="Problems">The broken files (or items), with the line when known.</param>
public sealed record ContentLoadResult(IReadOnlyList<ContentItem> Items, IReadOnlyList<ContentLoadProblem> Problems);

/// <summary>A file or item the server could not load.</summary>
/// <param name="Path">The file's path (or the item's name when it has no file).</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Message">What is wrong, in words an editor understands.</param>
public sealed record ContentLoadProblem(string Path, int? Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Message}" : $"{Path}: {Message}";
}

/// <summary>A source of fixed items (a test's, or a generated data set's).</summary>
/// <param name="items">The items.</param>
public sealed class FixedContentSource(IReadOnlyList<ContentItem> items) : IContentSource
{
    /// <inheritdoc/>
    public string? RootPath => null;

    /// <inheritdoc/>
    public ContentLoadResult Load() => new(items, []);
}
