namespace HistoryCms.Core.Content;

/// <summary>One link of a multi URL picker value (an author's ORCID, site, social profiles).</summary>
/// <param name="Name">The link text (the URL when the editor gave none).</param>
/// <param name="Url">The URL: external, or the route path of the linked content item; empty when it cannot be resolved.</param>
/// <param name="Target">The target, e.g. <c>_blank</c>, or <c>null</c>.</param>
/// <param name="ContentKey">The linked content or media item, for an internal link.</param>
public sealed record WebLink(string Name, string Url, string? Target = null, Guid? ContentKey = null);
