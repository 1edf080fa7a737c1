using HistoryCms.Core.Content;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// Finds documents for validation through Umbraco's entity service: drafts count (an editor may feature a document that
/// is not published yet), trashed documents do not. Items carry no property values; validation needs only the type.
/// </summary>
internal sealed class DocumentEntityLookup : IContentLookup
{
    private readonly IEntityService _entities;

    /// <summary>Initializes a new instance of the <see cref="DocumentEntityLookup"/> class.</summary>
    /// <param name="entities">Umbraco's entity service.</param>
    public DocumentEntityLookup(IEntityService entities) => _entities = entities;

    /// <inheritdoc />
    public ContentItem? Find(Guid key) =>
        _entities.Get(key, UmbracoObjectTypes.Document) is IDocumentEntitySlim { Trashed: false } entity ? ToItem(entity, parentKey: null) : null;

    /// <inheritdoc />
    public IEnumerable<ContentItem> ChildrenOf(Guid key) =>
        _entities.GetChildren(key, UmbracoObjectTypes.Document)
            .OfType<IDocumentEntitySlim>()
            .Where(e => !e.Trashed)
            .OrderBy(e => e.SortOrder)
            .Select(e => ToItem(e, key));

    /// <inheritdoc />
    public IEnumerable<ContentItem> OfType(string contentType) =>
        _entities.GetAll(UmbracoObjectTypes.Document)
            .OfType<IDocumentEntitySlim>()
            .Where(e => !e.Trashed && string.Equals(e.ContentTypeAlias, contentType, StringComparison.Ordinal))
            .Select(e => ToItem(e, parentKey: null));

    private static ContentItem ToItem(IDocumentEntitySlim entity, Guid? parentKey) =>
        new(entity.Key, entity.ContentTypeAlias, entity.Name ?? string.Empty, parentKey, entity.SortOrder, entity.Level,
            new DateTimeOffset(DateTime.SpecifyKind(entity.CreateDate, DateTimeKind.Utc)),
            new DateTimeOffset(DateTime.SpecifyKind(entity.UpdateDate, DateTimeKind.Utc)),
            string.Empty, new Dictionary<string, string?>());
}
