namespace HistoryCms.Core.ProgramBlocks;

/// <summary>
/// The aliases of the built-in block kinds, as stored in a block's <c>kind</c> and used by the backoffice client
/// (which has its own copy; a test proves the two agree).
/// </summary>
public static class ProgramBlockKindAliases
{
    /// <summary>Rich text.</summary>
    public const string RichText = "richText";

    /// <summary>Featured archival documents with a curator's note.</summary>
    public const string FeaturedDocuments = "featuredDocuments";

    /// <summary>The newest posts of the program.</summary>
    public const string LatestPosts = "latestPosts";

    /// <summary>"Read more" cards for programs and projects.</summary>
    public const string ProjectPromos = "projectPromos";

    /// <summary>People with their roles.</summary>
    public const string People = "people";

    /// <summary>A call to action: a label and a link.</summary>
    public const string CallToAction = "callToAction";

    /// <summary>A link to a pre-set site search.</summary>
    public const string DocumentSearch = "documentSearch";
}
