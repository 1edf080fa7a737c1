namespace HistoryCms.Import.Tests;

/// <summary>Finds the repository root (the folder holding HistoryCms.sln) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HistoryCms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HistoryCms.sln not found above " + AppContext.BaseDirectory);
    }
}
