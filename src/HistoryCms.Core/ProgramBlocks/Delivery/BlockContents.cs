namespace HistoryCms.Core.ProgramBlocks.Delivery;

/// <summary>The delivered content of a rich text block.</summary>
/// <param name="Markup">The sanitized HTML.</param>
public sealed record RichTextBlockContent(string Markup);

/// <summary>The delivered content of a featured documents block.</summary>
/// <param name="Documents">The picked documents that exist, in the curator's order.</param>
/// <param name="Note">The curator's note, or <c>null</c>.</param>
public sealed record FeaturedDocumentsBlockContent(IReadOnlyList<DocumentCard> Documents, string? Note);

/// <summary>The delivered content of a latest posts block, resolved when it is delivered.</summary>
/// <param name="Count">How many posts were asked for.</param>
/// <param name="IncludeProjects">Whether posts of the program's projects count.</param>
/// <param name="Posts">The newest posts, newest first.</param>
public sealed record LatestPostsBlockContent(int Count, bool IncludeProjects, IReadOnlyList<PostCard> Posts);

/// <summary>The delivered content of a project promos block.</summary>
/// <param name="Items">The "Read more" cards of the picked programs that exist.</param>
public sealed record ProjectPromosBlockContent(IReadOnlyList<ProjectPromo> Items);

/// <summary>One "Read more" card.</summary>
/// <param name="Program">The program or project.</param>
/// <param name="Text">The text to show: the blurb, or else the program's short description.</param>
public sealed record ProjectPromo(ProgramCard Program, string? Text);

/// <summary>The delivered content of a people block.</summary>
/// <param name="Items">The people that exist, in order.</param>
public sealed record PeopleBlockContent(IReadOnlyList<PersonEntry> Items);

/// <summary>One person of a people block.</summary>
/// <param name="Author">The person.</param>
/// <param name="Role">The role to show: the label given in the block, or else the person's job title.</param>
public sealed record PersonEntry(PersonCard Author, string? Role);

/// <summary>The delivered content of a call to action block.</summary>
/// <param name="Label">The text of the button or link.</param>
/// <param name="Link">Where it leads.</param>
public sealed record CallToActionBlockContent(string Label, DeliveredLink Link);

/// <summary>Where a link leads.</summary>
/// <param name="Url">The URL: the route path of a page, or an external http(s) URL.</param>
/// <param name="External">Whether it leaves the site.</param>
/// <param name="Document">The linked page, for internal links; otherwise <c>null</c>.</param>
public sealed record DeliveredLink(string Url, bool External, ContentLink? Document);

/// <summary>The delivered content of a document search block.</summary>
/// <param name="Label">The link text.</param>
/// <param name="Url">The search page URL with the query, e.g. <c>/search?program=…&amp;language=ru</c>.</param>
/// <param name="Query">The pre-set criteria.</param>
public sealed record DocumentSearchBlockContent(string Label, string Url, DocumentSearchQuery Query);

/// <summary>The criteria of a pre-set search.</summary>
/// <param name="Program">The program whose documents are searched, or <c>null</c> for all.</param>
/// <param name="Language">The original language (ISO 639-1), or <c>null</c>.</param>
/// <param name="Repository">The archive (repository abbreviation or name), or <c>null</c>.</param>
/// <param name="From">The earliest date (a partial date such as <c>1945</c>), or <c>null</c>.</param>
/// <param name="To">The latest date, or <c>null</c>.</param>
public sealed record DocumentSearchQuery(ContentLink? Program, string? Language, string? Repository, string? From, string? To);
