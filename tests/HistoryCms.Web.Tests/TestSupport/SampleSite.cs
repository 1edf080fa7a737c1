using HistoryCms.Core.Content;
using HistoryCms.USync.Content;

namespace HistoryCms.Web.Tests.TestSupport;

/// <summary>The repository's sample content (uSync/v17/Content) and the keys the tests use.</summary>
internal static class SampleSite
{
    public static readonly Guid Root = new("e8f95ce8-32e3-40d7-b48e-4ff59f916424");
    public static readonly Guid Posts = new("6c320ff2-4e8d-4048-a684-88e79607652e");
    public static readonly Guid People = new("24096931-ac4b-46b9-aa92-abc8aa9f8b78");
    public static readonly Guid Programs = new("afe8d101-9e37-470b-a8a9-c4d6ba8743cd");
    public static readonly Guid Archive = new("dd3fbfa9-0d12-450f-827c-c4b4bf75fb29");
    public static readonly Guid Post = new("4946cbe8-c0e5-4982-8ec3-a9e47e464985");
    public static readonly Guid Kraus = new("f35c8d42-5b96-49c8-9f31-20fafe30adfb");
    public static readonly Guid Happ = new("4bf34b2b-ffb9-4779-ad4b-7625c0980453");
    public static readonly Guid Nkidp = new("6d84e659-fb6c-4bf9-891d-3aaa3d1be7f1");
    public static readonly Guid Cwihp = new("d31799d6-8b9d-4eaa-b829-9a098f794089");
    public static readonly Guid MarshallSpeech = new("301f1718-d215-4b0c-887c-6104f2c3eb0a");
    public static readonly Guid VyshinskySpeech = new("1ab8eafd-f9b9-4497-a359-35ac2102eb42");

    private static readonly Lazy<IReadOnlyList<ContentItem>> Loaded = new(() =>
    {
        var result = USyncContentReader.ReadFolder(Path.Combine(RepositoryRoot(), "uSync", "v17", "Content"));
        Assert.True(result.IsClean, string.Join("\n", result.Problems));
        return result.Items;
    });

    public static IReadOnlyList<ContentItem> Items => Loaded.Value;

    public static ContentItem Item(Guid key) => Items.Single(i => i.Key == key);

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HistoryCms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (HistoryCms.sln) is not above " + AppContext.BaseDirectory);
    }
}
