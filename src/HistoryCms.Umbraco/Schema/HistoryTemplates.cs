using HistoryCms.Core;

namespace HistoryCms.Umbraco.Schema;

/// <summary>
/// The Umbraco templates the schema installer creates: one per document type the package renders a page for, named
/// and aliased after it, each the thin wrapper that renders the package's page (see HistoryCms.Web's README).
/// </summary>
public static class HistoryTemplates
{
    /// <summary>
    /// The content of each template: an <c>UmbracoViewPage</c> (model <c>IPublishedContent</c>) that builds the package's
    /// page for the request and renders it, with the package's layout, in a view context of its own. It sets no layout:
    /// the package's layout takes a <c>HistoryPageModel</c>, and Umbraco reads a <c>Layout = "…"</c> here as a master template.
    /// </summary>
    public const string Content = """
        @inherits Umbraco.Cms.Web.Common.Views.UmbracoViewPage
        @using HistoryCms.Web.Rendering
        @inject IHistoryPageModelBuilder Pages
        @* Created by HistoryCms: renders the package's page for this item, in the package's frame (see HistoryCms.Web's README).
           HistoryCms never changes this file once created: edit it, or point the document type at a template of your own. *@
        @{
            Layout = null;
        }
        @await Html.HistoryPageAsync(Pages.BuildForRoute(Context.Request.Path))

        """;

    /// <summary>Gets the aliases of the document types that get a template (the template has the same alias).</summary>
    public static IReadOnlyList<string> ContentTypes { get; } =
    [
        HistoryAliases.ContentTypes.SiteRoot,
        HistoryAliases.ContentTypes.BlogPost,
        HistoryAliases.ContentTypes.Author,
        HistoryAliases.ContentTypes.Program,
        HistoryAliases.ContentTypes.ArchivalDocument,
    ];
}
