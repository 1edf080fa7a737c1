using HistoryCms.Umbraco.Relations;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using static HistoryCms.Umbraco.Tests.TestSupport.InMemoryRelations;
using D = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;
using R = HistoryCms.Core.HistoryAliases.RelationTypes;

namespace HistoryCms.Umbraco.Tests.Relations;

public sealed class HistoryRelationHandlerTests
{
    private static readonly ContentType PostType = ModelContent.Type(D.BlogPost);
    private static readonly ContentType AuthorType = ModelContent.Type(D.Author);
    private static readonly ContentType ProgramType = ModelContent.Type(D.Program);
    private static readonly ContentType ArchivalDocumentType = ModelContent.Type(D.ArchivalDocument);

    private readonly RecordingLogger<HistoryRelationSync> _syncLog = new();
    private readonly RecordingLogger<HistoryRelationHandler> _handlerLog = new();
    private readonly Content _ada = ModelContent.Item(AuthorType, "Ada");
    private readonly Content _bo = ModelContent.Item(AuthorType, "Bo");
    private readonly Content _cy = ModelContent.Item(AuthorType, "Cy");
    private readonly Content _coldWar = ModelContent.Item(ProgramType, "Cold War History");
    private readonly Content _nuclear = ModelContent.Item(ProgramType, "Nuclear Proliferation");
    private readonly Content _letter = ModelContent.Item(ArchivalDocumentType, "Letter");
    private readonly Content _post = ModelContent.Item(PostType, "Failed diplomacy");
    private InMemoryRelations _db = new();

    public HistoryRelationHandlerTests() => Know();

    [Fact]
    public void Publishing_a_post_relates_it_to_its_authors_and_programs()
    {
        _post.Picks(P.Authors, _ada, _bo).Picks(P.Programs, _coldWar);

        Publish(_post);

        Assert.Equal(
            [Relation(R.InProgram, _post, _coldWar), Relation(R.PostAuthor, _post, _ada), Relation(R.PostAuthor, _post, _bo)],
            _db.Stored.Order());
    }

    [Fact]
    public void Changing_the_authors_removes_the_stale_relations_and_adds_the_new_ones_only()
    {
        _post.Picks(P.Authors, _ada, _bo).Picks(P.Programs, _coldWar);
        Publish(_post);
        _db.Writes.Clear();

        _post.Picks(P.Authors, _bo, _cy);
        Publish(_post);

        Assert.Equal([$"save {Relation(R.PostAuthor, _post, _cy)}", $"delete {Relation(R.PostAuthor, _post, _ada)}"], _db.Writes);
        Assert.Equal(
            [Relation(R.InProgram, _post, _coldWar), Relation(R.PostAuthor, _post, _bo), Relation(R.PostAuthor, _post, _cy)],
            _db.Stored.Order());
    }

    [Fact]
    public void Publishing_the_same_post_twice_changes_nothing_the_second_time()
    {
        _post.Picks(P.Authors, _ada).Picks(P.Programs, _coldWar, _nuclear);
        Publish(_post);
        _db.Writes.Clear();

        Publish(_post);

        Assert.Empty(_db.Writes);
        Assert.Equal(3, _db.Stored.Count());
    }

    [Fact]
    public void Clearing_a_picker_removes_every_relation_of_its_type_and_leaves_the_others()
    {
        _post.Picks(P.Authors, _ada, _bo).Picks(P.Programs, _coldWar);
        Publish(_post);

        _post.Stores(P.Authors, null);
        Publish(_post);

        Assert.Equal([Relation(R.InProgram, _post, _coldWar)], _db.Stored);
    }

    [Fact]
    public void Unknown_keys_are_skipped_with_a_warning_naming_the_item_property_and_key_and_the_known_ones_are_related()
    {
        Guid deleted = Guid.NewGuid();
        _post.Stores(P.Authors, $"umb://document/{deleted:N},{Udi.Create(Constants.UdiEntityType.Document, _bo.Key)}");

        Publish(_post);

        Assert.Equal([Relation(R.PostAuthor, _post, _bo)], _db.Stored);
        string warning = Assert.Single(_syncLog.At(LogLevel.Warning));
        Assert.Contains("'Failed diplomacy'", warning, StringComparison.Ordinal);
        Assert.Contains("'authors'", warning, StringComparison.Ordinal);
        Assert.Contains(deleted.ToString(), warning, StringComparison.Ordinal);
        Assert.Empty(_handlerLog.At(LogLevel.Error));
    }

    [Fact]
    public void Only_the_published_picks_count_not_a_saved_draft()
    {
        _post.Picks(P.Authors, _ada);
        _post.Drafts(P.Authors, _bo);

        Publish(_post);

        Assert.Equal([Relation(R.PostAuthor, _post, _ada)], _db.Stored);
    }

    [Fact]
    public void A_program_is_related_to_its_staff_and_a_document_to_its_programs_and_related_documents()
    {
        Content other = ModelContent.Item(ArchivalDocumentType, "Memorandum");
        Know(other);
        _coldWar.Picks(P.Staff, _ada, _bo);
        _letter.Picks(P.Programs, _nuclear).Picks(P.RelatedDocuments, other);

        Publish(_coldWar, _letter);

        Assert.Equal(
            [Relation(R.InProgram, _letter, _nuclear), Relation(R.ProgramStaff, _coldWar, _ada), Relation(R.ProgramStaff, _coldWar, _bo),
                Relation(R.RelatedDocument, _letter, other)],
            _db.Stored.Order());
    }

    [Fact]
    public void A_document_that_picks_itself_is_not_related_to_itself()
    {
        _letter.Picks(P.RelatedDocuments, _letter);

        Publish(_letter);

        Assert.Empty(_db.Stored);
        Assert.Contains(_syncLog.At(LogLevel.Information), m => m.Contains("picks itself", StringComparison.Ordinal));
    }

    [Fact]
    public void Items_whose_type_has_none_of_the_source_properties_are_left_alone()
    {
        _db.Has(R.PostAuthor, _ada, _bo);

        Publish(_ada);
        Unpublish(_ada);
        Trash(_ada);

        Assert.Empty(_db.RelationService.ReceivedCalls());
        Assert.Empty(_db.EntityService.ReceivedCalls());
        Assert.Equal([Relation(R.PostAuthor, _ada, _bo)], _db.Stored);
    }

    [Fact]
    public void The_automatic_citation_relation_and_Umbracos_own_relations_are_never_touched()
    {
        _db.Has(R.PostCitesDocument, _post, _letter).Has(Constants.Conventions.RelationTypes.RelatedDocumentAlias, _post, _letter);
        _post.Picks(P.Authors, _ada);

        Publish(_post);
        _post.Stores(P.Authors, null);
        Publish(_post);
        Unpublish(_post);
        Trash(_post);

        Assert.Equal([Relation(R.PostCitesDocument, _post, _letter), Relation("umbDocument", _post, _letter)], _db.Stored.Order());
        Assert.DoesNotContain(_db.Writes, w => w.Contains(R.PostCitesDocument, StringComparison.Ordinal) || w.Contains("umbDocument", StringComparison.Ordinal));
    }

    [Fact]
    public void Unpublishing_removes_the_items_relations_as_parent_and_keeps_those_where_it_is_the_child()
    {
        Content other = ModelContent.Item(ArchivalDocumentType, "Memorandum");
        _db.Has(R.RelatedDocument, other, _letter);
        _letter.Picks(P.Programs, _coldWar).Picks(P.RelatedDocuments, other);
        Publish(_letter);

        Unpublish(_letter);

        Assert.Equal([Relation(R.RelatedDocument, other, _letter)], _db.Stored);
    }

    [Fact]
    public void Moving_to_the_recycle_bin_removes_the_relations_of_every_trashed_item()
    {
        Content project = ModelContent.Item(ProgramType, "Project");
        Know(project);
        _coldWar.Picks(P.Staff, _ada);
        project.Picks(P.Staff, _bo);
        _post.Picks(P.Authors, _cy);
        Publish(_coldWar, project, _post);

        Trash(_coldWar, project);

        Assert.Equal([Relation(R.PostAuthor, _post, _cy)], _db.Stored);
    }

    [Fact]
    public void Publishing_a_branch_looks_up_relation_types_and_keys_once_for_all_items()
    {
        Content second = ModelContent.Item(PostType, "Second post");
        _post.Picks(P.Authors, _ada).Picks(P.Programs, _coldWar);
        second.Picks(P.Authors, _ada, _bo);

        Handler().Handle([new ContentPublishedNotification([_post], new EventMessages()), new ContentPublishedNotification([second], new EventMessages())]);

        _db.RelationService.Received(1).GetAllRelationTypes(Arg.Any<int[]>());
        _db.EntityService.Received(1).GetAll(UmbracoObjectTypes.Document, Arg.Any<Guid[]>());
        _db.RelationService.Received(2).Save(Arg.Any<IEnumerable<IRelation>>());
        Assert.Equal(
            [Relation(R.InProgram, _post, _coldWar), Relation(R.PostAuthor, _post, _ada), Relation(R.PostAuthor, second, _ada), Relation(R.PostAuthor, second, _bo)],
            _db.Stored.Order());
    }

    [Fact]
    public void A_relation_stored_twice_is_reduced_to_one()
    {
        _db.Has(R.PostAuthor, _post, _ada).Has(R.PostAuthor, _post, _ada);
        _post.Picks(P.Authors, _ada);

        Publish(_post);

        Assert.Equal([Relation(R.PostAuthor, _post, _ada)], _db.Stored);
    }

    [Fact]
    public void Missing_relation_types_are_logged_with_what_to_do_and_nothing_is_written_or_thrown()
    {
        _db = new InMemoryRelations(installed: false);
        Know();
        _post.Picks(P.Authors, _ada).Picks(P.Programs, _coldWar);

        Publish(_post);
        Unpublish(_post);

        Assert.Empty(_db.Writes);
        Assert.Empty(_db.EntityService.ReceivedCalls());
        string[] warnings = [.. _syncLog.At(LogLevel.Warning)];
        Assert.Equal(2, warnings.Length);
        Assert.Contains(warnings, w => w.Contains($"'{R.PostAuthor}' does not exist", StringComparison.Ordinal) && w.Contains("schema installer", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains($"'{R.InProgram}' does not exist", StringComparison.Ordinal));
        Assert.Empty(_handlerLog.At(LogLevel.Error));
    }

    [Fact]
    public void A_failing_relation_service_is_logged_as_an_error_naming_the_item_and_never_thrown()
    {
        _db.RelationService.GetByParentId(Arg.Any<int>()).Throws(new InvalidOperationException("database is gone"));
        _post.Picks(P.Authors, _ada);

        Publish(_post);
        Unpublish(_post);
        Trash(_post);

        Assert.Equal(3, _handlerLog.At(LogLevel.Error).Count());
        Assert.All(_handlerLog.At(LogLevel.Error), m => Assert.Contains("'Failed diplomacy'", m, StringComparison.Ordinal));
    }

    private void Know(params IContent[] more) =>
        _db.Knows([_ada, _bo, _cy, _coldWar, _nuclear, _letter, _post, .. more]);

    private HistoryRelationHandler Handler() =>
        new(new HistoryRelationSync(_db.RelationService, _db.EntityService, _syncLog), _handlerLog);

    private void Publish(params IContent[] items) => Handler().Handle(new ContentPublishedNotification(items, new EventMessages()));

    private void Unpublish(params IContent[] items) => Handler().Handle(new ContentUnpublishedNotification(items, new EventMessages()));

    private void Trash(params IContent[] items) => Handler().Handle(new ContentMovedToRecycleBinNotification(
        items.Select(i => new MoveToRecycleBinEventInfo<IContent>(i, "-1," + i.Id)), new EventMessages()));
}
