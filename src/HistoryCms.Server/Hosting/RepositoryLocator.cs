namespace HistoryCms.Server;

/// <summary>Finds the repository (the folder holding <c>HistoryCms.sln</c>) and its content folder.</summary>
public static class RepositoryLocator
{
    /// <summary>The content folder inside the repository.</summary>
    public static readonly string ContentFolder = Path.Combine("uSync", "v17");

    /// <summary>The repository root above the current directory or, failing that, above the app's base directory.</summary>
    /// <returns>The root, or <c>null</c> when neither lies inside the repository.</returns>
    public static string? FindRoot() => FindAbove(Directory.GetCurrentDirectory()) ?? FindAbove(AppContext.BaseDirectory);

    /// <summary>The content folder to serve: the configured one, else <c>uSync/v17</c> of the repository.</summary>
    /// <param name="configured">The configured path, if any (relative paths are taken from the current directory).</param>
    /// <returns>The full path (which may not exist).</returns>
    public static string ResolveContentPath(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var root = FindRoot();
        return Path.GetFullPath(Path.Combine(root ?? Directory.GetCurrentDirectory(), ContentFolder));
    }

    private static string? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HistoryCms.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
