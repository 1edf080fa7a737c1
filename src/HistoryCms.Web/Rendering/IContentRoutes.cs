using HistoryCms.Core;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;

namespace HistoryCms.Web.Rendering;

/// <summary>Finds the content item at a URL path. The delivery server answers from its snapshot's path index.</summary>
public interface IContentRoutes
{
    /// <summary>The item whose route path is <paramref name="path"/>, or <c>null</c>.</summary>
    /// <param name="path">The URL path, e.g. <c>/posts/failed-diplomacy/</c> (slashes optional).</param>
    /// <returns>The item, or <c>null</c>.</returns>
    ContentItem? FindByRoute(string path);
}

/// <summary>The default route lookup: compares the route paths of the package's page types (fine for small sites; a host with a path index replaces it).</summary>
/// <param name="graph">The content.</param>
public sealed class ScanningContentRoutes(IHistoryGraph graph) : IContentRoutes
{
    private static readonly string[] PageTypes =
    [
        HistoryAliases.ContentTypes.BlogPost, HistoryAliases.ContentTypes.Author,
        HistoryAliases.ContentTypes.Program, HistoryAliases.ContentTypes.ArchivalDocument,
        HistoryAliases.ContentTypes.PostsFolder, HistoryAliases.ContentTypes.PeopleFolder,
        HistoryAliases.ContentTypes.ProgramsFolder, HistoryAliases.ContentTypes.ArchiveFolder,
    ];

    /// <inheritdoc />
    public ContentItem? FindByRoute(string path)
    {
        var wanted = Normalize(path);
        return PageTypes.SelectMany(graph.OfType).FirstOrDefault(i => string.Equals(Normalize(i.RoutePath), wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A path with one leading and one trailing slash (<c>/</c> for empty).</summary>
    /// <param name="path">The path.</param>
    /// <returns>The normalized path.</returns>
    public static string Normalize(string? path)
    {
        var trimmed = (path ?? string.Empty).Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }
}
