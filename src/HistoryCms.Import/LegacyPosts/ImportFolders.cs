namespace HistoryCms.Import.LegacyPosts;

/// <summary>Where imported items go in the content tree: a container's key and its level (the site root is level 1).</summary>
/// <param name="Key">The container's key.</param>
/// <param name="Level">Its level.</param>
public sealed record ContentFolder(Guid Key, int Level);

/// <summary>The containers that imported posts, authors and programs go into.</summary>
/// <param name="Posts">The posts folder.</param>
/// <param name="People">The people folder.</param>
/// <param name="Programs">The programs folder (top-level programs; projects go under their program).</param>
public sealed record ImportFolders(ContentFolder Posts, ContentFolder People, ContentFolder Programs);
