namespace HistoryCms.Web.ViewModels;

/// <summary>The page shown when nothing lives at a path (<c>Views/HistoryCms/NotFound.cshtml</c>).</summary>
/// <param name="Meta">Title.</param>
/// <param name="Detail">What was not found.</param>
public sealed record NotFoundPageModel(PageMeta Meta, string Detail) : HistoryPageModel(Meta)
{
    /// <summary>The view.</summary>
    public const string View = "/Views/HistoryCms/NotFound.cshtml";

    /// <inheritdoc />
    public override string ViewPath => View;
}
