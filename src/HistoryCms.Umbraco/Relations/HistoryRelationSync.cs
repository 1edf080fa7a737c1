using System.Globalization;
using HistoryCms.Core.Content;
using HistoryCms.Core.ContentModel;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.Relations;

/// <summary>
/// Keeps the relations of the content model that Umbraco does not maintain itself: every relation type of
/// <see cref="HistoryContentModel.RelationTypes"/> that is not automatic (post → author, item → program,
/// document → related document, program → staff). Each is read from a picker property
/// (<see cref="RelationTypeDefinition.SourceProperty"/>): the item is the parent, every picked document a child.
/// </summary>
/// <remarks>
/// One pass over a batch of items costs one relation type lookup, one key lookup for every picked key of the
/// batch, and per item one read of its relations as parent, at most one save and one delete per stale relation.
/// Relations of other types (Umbraco's, the automatic citation relation, a site's own) are never touched.
/// A database failure is thrown to the caller; missing relation types and unknown keys are logged and skipped.
/// </remarks>
public sealed class HistoryRelationSync
{
    private static readonly HashSet<string> ManagedAliases =
        new(HistoryContentModel.RelationTypes.Where(t => !t.IsAutomatic).Select(t => t.Alias), StringComparer.Ordinal);

    private readonly IRelationService _relationService;
    private readonly IEntityService _entityService;
    private readonly ILogger<HistoryRelationSync> _logger;

    /// <summary>Initializes a new instance of the <see cref="HistoryRelationSync"/> class.</summary>
    /// <param name="relationService">Reads and writes relations.</param>
    /// <param name="entityService">Turns picked keys into node ids.</param>
    /// <param name="logger">Says what was skipped and why.</param>
    public HistoryRelationSync(IRelationService relationService, IEntityService entityService, ILogger<HistoryRelationSync> logger)
    {
        _relationService = relationService;
        _entityService = entityService;
        _logger = logger;
    }

    /// <summary>Gets the relation types this class maintains: the model's relation types that are not automatic.</summary>
    public static IReadOnlyList<RelationTypeDefinition> ManagedRelationTypes { get; } =
        [.. HistoryContentModel.RelationTypes.Where(t => !t.IsAutomatic)];

    /// <summary>
    /// Makes the relations of published items match their published picks: for every managed relation type whose
    /// source property the item's type carries, adds the missing relations and deletes the stale ones that have the
    /// item as parent. Items whose type carries none of the source properties are not looked at.
    /// </summary>
    /// <param name="items">Published items (saved, so they have ids).</param>
    /// <returns>How many relations were added and removed.</returns>
    public RelationChanges Sync(IEnumerable<IContent> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        List<PickedItem> picked = [.. items.Where(i => i.HasIdentity).Select(Read).Where(p => p.Picks.Count > 0)];
        if (picked.Count == 0)
        {
            return default;
        }

        Dictionary<string, IRelationType> relationTypes = ExistingRelationTypes();
        foreach (RelationTypeDefinition missing in picked.SelectMany(p => p.Picks).Select(p => p.Definition).Distinct()
            .Where(d => !relationTypes.ContainsKey(d.Alias)))
        {
            _logger.LogWarning(
                "HistoryCms relations: the relation type '{RelationType}' does not exist, so the '{Property}' picks were not recorded as relations. "
                + "The HistoryCms schema installer creates it when the site starts; restart the site, or look for installer errors in the start-up log.",
                missing.Alias,
                missing.SourceProperty);
        }

        Guid[] keys = [.. picked.SelectMany(p => p.Picks).Where(p => relationTypes.ContainsKey(p.Definition.Alias)).SelectMany(p => p.Keys).Distinct()];
        Dictionary<Guid, int> ids = NodeIds(keys);
        RelationChanges changes = default;
        foreach (PickedItem item in picked)
        {
            changes += SyncItem(item, relationTypes, ids);
        }

        return changes;
    }

    /// <summary>
    /// Deletes the managed relations that have these items as parent (used when items are unpublished or trashed).
    /// Relations in which they are the child are kept: they describe the other item's published picks. Items whose
    /// type carries none of the source properties are not looked at.
    /// </summary>
    /// <param name="items">Items that are no longer published.</param>
    /// <returns>How many relations were removed.</returns>
    public RelationChanges Remove(IEnumerable<IContent> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        List<IContent> saved = [.. items.Where(i => i.HasIdentity && ManagedRelationTypes.Any(t => i.Properties.Contains(t.SourceProperty)))];
        if (saved.Count == 0)
        {
            return default;
        }

        HashSet<int> typeIds = [.. ExistingRelationTypes().Values.Select(t => t.Id)];
        if (typeIds.Count == 0)
        {
            _logger.LogDebug("HistoryCms relations: none of the relation types exist yet, so there is nothing to remove.");
            return default;
        }

        var removed = 0;
        foreach (IContent item in saved)
        {
            foreach (IRelation relation in (_relationService.GetByParentId(item.Id) ?? []).Where(r => typeIds.Contains(r.RelationTypeId)).ToList())
            {
                _relationService.Delete(relation);
                removed++;
            }
        }

        return new RelationChanges(0, removed);
    }

    private static PickedItem Read(IContent item)
    {
        var picks = new List<Pick>();
        foreach (RelationTypeDefinition definition in ManagedRelationTypes)
        {
            if (item.Properties.TryGetValue(definition.SourceProperty, out IProperty? property) && property is not null)
            {
                picks.Add(new Pick(definition, PublishedKeys(property)));
            }
        }

        return new PickedItem(item, picks);
    }

    /// <summary>The keys picked in any published culture or segment of the property (invariant properties have one value).</summary>
    private static Guid[] PublishedKeys(IProperty property) =>
        [.. property.Values.SelectMany(v => StoredValues.Keys(Convert.ToString(v.PublishedValue, CultureInfo.InvariantCulture))).Distinct()];

    private Dictionary<string, IRelationType> ExistingRelationTypes()
    {
        var found = new Dictionary<string, IRelationType>(StringComparer.Ordinal);
        foreach (IRelationType relationType in _relationService.GetAllRelationTypes())
        {
            if (relationType.Alias is { } alias && ManagedAliases.Contains(alias))
            {
                found.TryAdd(alias, relationType);
            }
        }

        return found;
    }

    private Dictionary<Guid, int> NodeIds(Guid[] keys)
    {
        var ids = new Dictionary<Guid, int>();
        if (keys.Length == 0)
        {
            return ids;
        }

        foreach (IEntitySlim entity in _entityService.GetAll(UmbracoObjectTypes.Document, keys))
        {
            ids.TryAdd(entity.Key, entity.Id);
        }

        return ids;
    }

    private RelationChanges SyncItem(PickedItem item, Dictionary<string, IRelationType> relationTypes, Dictionary<Guid, int> ids)
    {
        IContent parent = item.Content;
        var typesById = new Dictionary<int, IRelationType>();
        var wanted = new HashSet<(int TypeId, int ChildId)>();
        var order = new List<(int TypeId, int ChildId)>();
        foreach (Pick pick in item.Picks)
        {
            if (!relationTypes.TryGetValue(pick.Definition.Alias, out IRelationType? relationType))
            {
                continue;
            }

            typesById[relationType.Id] = relationType;
            foreach (Guid key in pick.Keys)
            {
                if (!ids.TryGetValue(key, out var childId))
                {
                    _logger.LogWarning(
                        "HistoryCms relations: '{Name}' (id {Id}) picks {Key} in '{Property}', but no document has that key (it may have been deleted, "
                        + "or not imported yet); no '{RelationType}' relation was made for it. Re-publish the item once the document exists.",
                        parent.Name,
                        parent.Id,
                        key,
                        pick.Definition.SourceProperty,
                        pick.Definition.Alias);
                }
                else if (childId == parent.Id)
                {
                    _logger.LogInformation(
                        "HistoryCms relations: '{Name}' (id {Id}) picks itself in '{Property}'; an item is not related to itself.",
                        parent.Name,
                        parent.Id,
                        pick.Definition.SourceProperty);
                }
                else if (wanted.Add((relationType.Id, childId)))
                {
                    order.Add((relationType.Id, childId));
                }
            }
        }

        if (typesById.Count == 0)
        {
            return default;
        }

        var kept = new HashSet<(int TypeId, int ChildId)>();
        var stale = new List<IRelation>();
        foreach (IRelation relation in (_relationService.GetByParentId(parent.Id) ?? []).Where(r => typesById.ContainsKey(r.RelationTypeId)))
        {
            (int, int) pair = (relation.RelationTypeId, relation.ChildId);
            if (!wanted.Contains(pair) || !kept.Add(pair))
            {
                stale.Add(relation);
            }
        }

        List<IRelation> added = [.. order.Where(w => !kept.Contains(w)).Select(w => NewRelation(parent.Id, w.ChildId, typesById[w.TypeId]))];
        if (added.Count > 0)
        {
            _relationService.Save(added);
        }

        foreach (IRelation relation in stale)
        {
            _relationService.Delete(relation);
        }

        return new RelationChanges(added.Count, stale.Count);
    }

    private static Relation NewRelation(int parentId, int childId, IRelationType relationType) =>
        new(
            parentId,
            childId,
            relationType.ParentObjectType ?? Constants.ObjectTypes.Document,
            relationType.ChildObjectType ?? Constants.ObjectTypes.Document,
            relationType);

    /// <summary>One item and its picks, one per managed relation type whose source property its type carries.</summary>
    private sealed record PickedItem(IContent Content, IReadOnlyList<Pick> Picks);

    /// <summary>The keys picked in the source property of one relation type.</summary>
    private sealed record Pick(RelationTypeDefinition Definition, IReadOnlyList<Guid> Keys);
}
