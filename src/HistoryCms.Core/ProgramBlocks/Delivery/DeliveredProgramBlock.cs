using System.Text.Json.Serialization;

namespace HistoryCms.Core.ProgramBlocks.Delivery;

/// <summary>
/// One block as the delivery API emits it (the Umbraco value converter and the delivery server both serialise it,
/// camelCase): <c>{"key","kind","settings":{"anchor","heading"},"content":{…}}</c> with picked items expanded.
/// </summary>
/// <param name="Key">The block's key.</param>
/// <param name="Kind">The kind alias.</param>
/// <param name="Settings">The block's settings (hidden blocks are never delivered).</param>
/// <param name="Content">The kind's mapped content (see the <c>*BlockContent</c> records).</param>
public sealed record DeliveredProgramBlock(Guid Key, string Kind, DeliveredBlockSettings Settings, object Content);

/// <summary>The settings of a delivered block.</summary>
/// <param name="Anchor">The block's id on the page, or <c>null</c>.</param>
/// <param name="Heading">The heading above the block, or <c>null</c>.</param>
public sealed record DeliveredBlockSettings(string? Anchor, string? Heading);

/// <summary>Where a content item lives, shaped like the Delivery API's <c>route</c>.</summary>
/// <param name="Path">The URL path, e.g. <c>/programs/happ/</c>.</param>
public sealed record ContentRoute(string Path);

/// <summary>A link to a content item: what every card starts with.</summary>
/// <param name="Id">The item's key.</param>
/// <param name="Name">Its name.</param>
/// <param name="ContentType">Its document type alias.</param>
/// <param name="Route">Where it lives.</param>
public sealed record ContentLink(Guid Id, string Name, string ContentType, ContentRoute Route);

/// <summary>What a card of an archival document shows.</summary>
/// <param name="Id">The document's key.</param>
/// <param name="Name">Its (English) title.</param>
/// <param name="ContentType">Its document type alias.</param>
/// <param name="Route">Where it lives.</param>
/// <param name="Date">Its date as people read it ("July 23, 1960", "c. 1950", "undated"), or <c>null</c>.</param>
/// <param name="Genre">Its genre ("Letter", "Cable", …), or <c>null</c>.</param>
/// <param name="Summary">Its summary, or <c>null</c>.</param>
public sealed record DocumentCard(Guid Id, string Name, string ContentType, ContentRoute Route, string? Date, [property: JsonPropertyName("documentType")] string? Genre, string? Summary);

/// <summary>What a card of a program or project shows.</summary>
/// <param name="Id">The program's key.</param>
/// <param name="Name">Its name.</param>
/// <param name="ContentType">Its document type alias.</param>
/// <param name="Route">Where it lives.</param>
/// <param name="ShortDescription">Its "about" text, or <c>null</c>.</param>
public sealed record ProgramCard(Guid Id, string Name, string ContentType, ContentRoute Route, string? ShortDescription);

/// <summary>What a card of a person shows.</summary>
/// <param name="Id">The author's key.</param>
/// <param name="Name">The person's name.</param>
/// <param name="ContentType">The document type alias.</param>
/// <param name="Route">Where the person's page lives.</param>
/// <param name="JobTitle">The job title, or <c>null</c>.</param>
/// <param name="Photo">The portrait, or <c>null</c>.</param>
public sealed record PersonCard(Guid Id, string Name, string ContentType, ContentRoute Route, string? JobTitle, MediaLink? Photo);

/// <summary>A picked media item (its media key; the host resolves the URL and crops).</summary>
/// <param name="MediaKey">The media item's key.</param>
public sealed record MediaLink(Guid MediaKey);

/// <summary>What a card of a blog post shows.</summary>
/// <param name="Id">The post's key.</param>
/// <param name="Name">Its title.</param>
/// <param name="ContentType">Its document type alias.</param>
/// <param name="Route">Where it lives.</param>
/// <param name="Date">Its date: the publish date, or when it was created.</param>
/// <param name="Standfirst">Its summary, or <c>null</c>.</param>
/// <param name="Authors">Its authors in byline order (those that exist).</param>
public sealed record PostCard(Guid Id, string Name, string ContentType, ContentRoute Route, DateTimeOffset Date, string? Standfirst, IReadOnlyList<ContentLink> Authors);
