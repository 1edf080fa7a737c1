namespace HistoryCms.Search.Tests;

/// <summary>A folder under the temp directory, deleted when the test is done.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("historycms-search-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
