namespace HistoryCms.Server.Tests;

/// <summary>A temporary copy of the repository's uSync/v17 folder, so tests can change and break files.</summary>
public sealed class SampleContent : IDisposable
{
    public SampleContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "historycms-server-tests-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(Contract.RepositoryRoot(), "uSync", "v17"), Root);
    }

    public string Root { get; }

    public string ContentFolder => Path.Combine(Root, "Content");

    public string File(string name) => Path.Combine(ContentFolder, name);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            System.IO.File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
