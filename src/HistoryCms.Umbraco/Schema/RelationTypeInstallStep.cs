using HistoryCms.Core.ContentModel;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace HistoryCms.Umbraco.Schema;

/// <summary>
/// Creates the model's relation types and keeps their direction and dependency flags as the model says
/// (the flags change how Umbraco shows relations, never the relations themselves).
/// </summary>
internal sealed class RelationTypeInstallStep(IRelationService relationService, SchemaInstallLog log)
{
    /// <summary>Installs every relation type of the model.</summary>
    /// <param name="relationTypes">The model's relation types.</param>
    /// <param name="cancellationToken">Stops between relation types.</param>
    /// <returns>A task that completes when every relation type was handled.</returns>
    public async Task InstallAsync(IEnumerable<RelationTypeDefinition> relationTypes, CancellationToken cancellationToken)
    {
        foreach (RelationTypeDefinition definition in relationTypes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string what = $"relation type '{definition.Alias}'";
            IRelationType? existing = relationService.GetRelationTypeById(definition.Key);
            if (existing is null && relationService.GetRelationTypeByAlias(definition.Alias) is { } other)
            {
                log.Warning($"{what}: one with this alias but another key ({other.Key}) already exists; it is used as it is.");
                continue;
            }

            if (existing is null)
            {
                await CreateAsync(definition, what).ConfigureAwait(false);
            }
            else
            {
                await AlignAsync(existing, definition, what).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The Umbraco object type of one end of a relation.</summary>
    /// <param name="kind">The kind of entity.</param>
    /// <returns>Its object type key from <c>Constants.ObjectTypes</c>.</returns>
    internal static Guid ObjectType(RelationObjectKind kind) => kind switch
    {
        RelationObjectKind.Document => Constants.ObjectTypes.Document,
        RelationObjectKind.Media => Constants.ObjectTypes.Media,
        RelationObjectKind.Member => Constants.ObjectTypes.Member,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown relation object kind."),
    };

    private async Task CreateAsync(RelationTypeDefinition definition, string what)
    {
        var relationType = new RelationType(
            definition.Name,
            definition.Alias,
            definition.IsBidirectional,
            ObjectType(definition.Parent),
            ObjectType(definition.Child),
            definition.IsDependency,
            definition.Key);
        Attempt<IRelationType, RelationTypeOperationStatus> attempt =
            await relationService.CreateAsync(relationType, Constants.Security.SuperUserKey).ConfigureAwait(false);
        log.Creation(what, attempt.Success, attempt.Status);
    }

    private async Task AlignAsync(IRelationType existing, RelationTypeDefinition definition, string what)
    {
        if (existing.ParentObjectType != ObjectType(definition.Parent) || existing.ChildObjectType != ObjectType(definition.Child))
        {
            log.Warning($"{what} relates other kinds of items than the model says; it was kept as it is so no relation is lost.");
        }

        var changes = new List<string>();
        if (existing.IsBidirectional != definition.IsBidirectional)
        {
            existing.IsBidirectional = definition.IsBidirectional;
            changes.Add(definition.IsBidirectional ? "now bidirectional" : "now one-way");
        }

        if (existing is IRelationTypeWithIsDependency dependency && dependency.IsDependency != definition.IsDependency)
        {
            dependency.IsDependency = definition.IsDependency;
            changes.Add(definition.IsDependency ? "now a dependency" : "no longer a dependency");
        }

        if (changes.Count == 0)
        {
            return;
        }

        Attempt<IRelationType, RelationTypeOperationStatus> attempt =
            await relationService.UpdateAsync(existing, Constants.Security.SuperUserKey).ConfigureAwait(false);
        if (attempt.Success)
        {
            log.Updated($"{what}: {string.Join(", ", changes)}");
        }
        else
        {
            log.Failure($"{what}: Umbraco refused to update it ({attempt.Status}).");
        }
    }
}
