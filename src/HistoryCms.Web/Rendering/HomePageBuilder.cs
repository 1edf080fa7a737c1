using HistoryCms.Core;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using HistoryCms.Web.ViewModels;

namespace HistoryCms.Web.Rendering;

/// <summary>Builds the home page: the top-level programs with their projects, and the newest posts.</summary>
internal sealed class HomePageBuilder(PageParts parts)
{
    public HomePageModel Build()
    {
        var programs = parts.Graph.OfType(HistoryAliases.ContentTypes.Program)
            .Select(parts.Reader.ReadProgram)
            .OfType<ResearchProgram>()
            .Where(p => !p.IsProject)
            .Select(p => parts.Program(p, withProjects: true))
            .ToList();
        var posts = HistoryOrdering.NewestFirst(parts.Graph.OfType(HistoryAliases.ContentTypes.BlogPost));
        var name = parts.SiteName;
        return new HomePageModel(new PageMeta(name, $"Programs and recent posts of {name}.", "/"), programs, parts.Posts(posts, parts.Options.PostListSize));
    }
}
