using HistoryCms.Core.Dates;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Web.ViewModels;
using ContentLink = HistoryCms.Core.Content.ContentLink;
using DeliveredLink = HistoryCms.Core.ProgramBlocks.Delivery.ContentLink;

namespace HistoryCms.Web.Rendering;

/// <summary>Turns the cards of delivered program blocks into the cards the list partials show, so blocks and pages share <c>_PostCard</c>, <c>_DocumentCard</c>, ….</summary>
public static class BlockCards
{
    /// <summary>A post card.</summary>
    /// <param name="card">The delivered card.</param>
    /// <returns>The summary.</returns>
    public static PostSummary Post(PostCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new PostSummary(Link(card.Id, card.Name, card.ContentType, card.Route), DateOnly.FromDateTime(card.Date.UtcDateTime), card.Standfirst, [.. card.Authors.Select(Link)]);
    }

    /// <summary>A document card, its date printed ("September 18, 1947").</summary>
    /// <param name="card">The delivered card.</param>
    /// <returns>The summary.</returns>
    public static DocumentSummary Document(DocumentCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var date = card.Date is { } text && PartialDate.TryParse(text, out var parsed) ? parsed.Format() : card.Date;
        return new DocumentSummary(Link(card.Id, card.Name, card.ContentType, card.Route), date, card.Genre, card.Summary);
    }

    /// <summary>A "Read more" card of a program.</summary>
    /// <param name="promo">The delivered promo.</param>
    /// <returns>The summary.</returns>
    public static ProgramSummary Program(ProjectPromo promo)
    {
        ArgumentNullException.ThrowIfNull(promo);
        return ProgramSummary.Of(Link(promo.Program.Id, promo.Program.Name, promo.Program.ContentType, promo.Program.Route), promo.Text);
    }

    /// <summary>A person card.</summary>
    /// <param name="entry">The delivered person.</param>
    /// <param name="media">Image URLs.</param>
    /// <returns>The summary.</returns>
    public static PersonSummary Person(PersonEntry entry, IMediaUrlResolver media)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(media);
        var author = entry.Author;
        var photo = author.Photo is { } p && SafeUrls.Check(media.UrlOf(p.MediaKey)) is { } url ? new ImageModel(url, string.Empty) : null;
        return new PersonSummary(Link(author.Id, author.Name, author.ContentType, author.Route), entry.Role ?? author.JobTitle, photo);
    }

    private static ContentLink Link(DeliveredLink link) => Link(link.Id, link.Name, link.ContentType, link.Route);

    private static ContentLink Link(Guid id, string name, string contentType, ContentRoute route) => new(id, name, contentType, route.Path);
}
