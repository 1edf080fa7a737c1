using HistoryCms.Core.ContentModel;
using NSubstitute;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// Test doubles for the database-backed relation and entity services: real <see cref="RelationType"/> and
/// <see cref="Relation"/> objects kept in memory, handed out as copies (as a database would), every write recorded.
/// </summary>
internal sealed class InMemoryRelations
{
    private readonly List<IRelationType> _relationTypes = [];
    private readonly List<IRelation> _relations = [];
    private readonly Dictionary<Guid, int> _nodes = [];
    private int _nextRelationId = 1;

    /// <param name="installed">Whether the schema installer has created the model's relation types (and Umbraco's own exist).</param>
    public InMemoryRelations(bool installed = true)
    {
        if (installed)
        {
            AddRelationType(new RelationType(Constants.Conventions.RelationTypes.RelatedDocumentAlias, "Related Document"));
            foreach (RelationTypeDefinition definition in HistoryContentModel.RelationTypes)
            {
                AddRelationType(new RelationType(definition.Name, definition.Alias, definition.IsBidirectional,
                    Constants.ObjectTypes.Document, Constants.ObjectTypes.Document, definition.IsDependency, definition.Key));
            }
        }

        RelationService.GetAllRelationTypes(Arg.Any<int[]>()).Returns(_ => _relationTypes.Select(t => (IRelationType)t.DeepClone()).ToList());
        RelationService.GetByParentId(Arg.Any<int>()).Returns(call =>
            _relations.Where(r => r.ParentId == call.Arg<int>()).Select(r => (IRelation)r.DeepClone()).ToList());
        RelationService.When(s => s.Save(Arg.Any<IEnumerable<IRelation>>())).Do(call =>
        {
            foreach (IRelation relation in call.Arg<IEnumerable<IRelation>>())
            {
                relation.Id = _nextRelationId++;
                _relations.Add((IRelation)relation.DeepClone());
                Writes.Add($"save {Describe(relation)}");
            }
        });
        RelationService.When(s => s.Delete(Arg.Any<IRelation>())).Do(call =>
        {
            IRelation relation = call.Arg<IRelation>();
            Writes.Add(_relations.RemoveAll(r => r.Id == relation.Id) == 1 ? $"delete {Describe(relation)}" : $"delete of unknown relation {relation.Id}");
        });
        EntityService.GetAll(UmbracoObjectTypes.Document, Arg.Any<Guid[]>()).Returns(call => call.Arg<Guid[]>()
            .Where(_nodes.ContainsKey)
            .Select(key => new EntitySlim { Id = _nodes[key], Key = key, NodeObjectType = Constants.ObjectTypes.Document })
            .ToList());
    }

    public IRelationService RelationService { get; } = Substitute.For<IRelationService>();

    public IEntityService EntityService { get; } = Substitute.For<IEntityService>();

    /// <summary>Every relation write, e.g. <c>save historyPostAuthor 5001 -> 5002</c>.</summary>
    public List<string> Writes { get; } = [];

    /// <summary>The stored relations, e.g. <c>historyPostAuthor 5001 -> 5002</c>.</summary>
    public IEnumerable<string> Stored => _relations.Select(Describe);

    /// <summary>Makes content items known to the entity service (their key resolves to their id).</summary>
    public InMemoryRelations Knows(params IContent[] items)
    {
        foreach (IContent item in items)
        {
            _nodes[item.Key] = item.Id;
        }

        return this;
    }

    /// <summary>Stores a relation as if it were already in the database; not counted as a write.</summary>
    public InMemoryRelations Has(string relationTypeAlias, IContent parent, IContent child)
    {
        IRelationType relationType = _relationTypes.Single(t => t.Alias == relationTypeAlias);
        _relations.Add(new Relation(parent.Id, child.Id, Constants.ObjectTypes.Document, Constants.ObjectTypes.Document, relationType) { Id = _nextRelationId++ });
        return this;
    }

    /// <summary>A description of a relation between two items, as <see cref="Stored"/> lists it.</summary>
    public static string Relation(string relationTypeAlias, IContent parent, IContent child) => $"{relationTypeAlias} {parent.Id} -> {child.Id}";

    private void AddRelationType(RelationType relationType)
    {
        relationType.Id = 100 + _relationTypes.Count;
        _relationTypes.Add(relationType);
    }

    private string Describe(IRelation relation) =>
        $"{_relationTypes.Single(t => t.Id == relation.RelationTypeId).Alias} {relation.ParentId} -> {relation.ChildId}";
}
