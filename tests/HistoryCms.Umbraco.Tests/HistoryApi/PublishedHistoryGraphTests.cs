using HistoryCms.Core.ContentModel;
using HistoryCms.Umbraco.HistoryApi;
using HistoryCms.Umbraco.Tests.TestSupport;
using NSubstitute;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;
using R = HistoryCms.Core.HistoryAliases.RelationTypes;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Umbraco.Tests.HistoryApi;

public sealed class PublishedHistoryGraphTests
{
    private static readonly Guid Program = Guid.NewGuid();
    private static readonly Guid Project = Guid.NewGuid();
    private static readonly Guid OlderPost = Guid.NewGuid();
    private static readonly Guid NewerPost = Guid.NewGuid();
    private static readonly Guid Document = Guid.NewGuid();
    private static readonly Guid OtherDocument = Guid.NewGuid();
    private static readonly Guid Author = Guid.NewGuid();

    // The cache as a preview request sees it: the overloads without a preview flag follow the request's preview
    // cookie (GetPreview() in src/Umbraco.PublishedCache.HybridCache/Services/DocumentCacheService.cs@release/17.4.2).
    private readonly UmbracoSite _site = new() { Published = { PreviewRequest = true } };
    private readonly IRelationService _relations = Substitute.For<IRelationService>();
    private readonly PublishedHistoryGraph _graph;

    public PublishedHistoryGraphTests()
    {
        Add(Program, 10, T.Program, "Program", new DateTime(2020, 1, 1));
        Add(Project, 11, T.Program, "Project", new DateTime(2020, 1, 1));
        Add(
            OlderPost, 20, T.BlogPost, "Older post", new DateTime(2023, 1, 1), Cites(Document, OtherDocument), ("authors", Udi(Author)), ("programs", Udi(Program)));
        Add(
            NewerPost, 21, T.BlogPost, "Newer post", new DateTime(2024, 1, 1), Cites(OtherDocument), ("authors", Udi(Author)), ("programs", Udi(Project)), ("publishDate", new DateTime(2024, 6, 1)));
        Add(Document, 30, T.ArchivalDocument, "A document", new DateTime(2020, 1, 1), ("documentDate", "1947-10-17"), ("programs", Udi(Project)));
        Add(OtherDocument, 31, T.ArchivalDocument, "Another document", new DateTime(2020, 1, 1), ("documentDate", "1947"), ("programs", Udi(Project)));
        Add(Author, 40, T.Author, "An author", new DateTime(2020, 1, 1));

        Relate(R.PostCitesDocument, 30, 20);
        Relate(R.PostCitesDocument, 31, 20, 21);
        Relate(R.PostAuthor, 40, 20, 21);
        Relate(R.InProgram, 10, 20);
        Relate(R.InProgram, 11, 21, 30, 31);
        _graph = new PublishedHistoryGraph(_site.Lookup, _site.Published.Cache, _site.Published.Navigation, _relations);
    }

    [Fact]
    public void A_posts_cited_documents_come_from_its_citations_value_in_order()
    {
        Assert.Equal(["A document", "Another document"], _graph.DocumentsCitedBy(OlderPost).Select(d => d.Name));
        Assert.Empty(_graph.DocumentsCitedBy(Document));
    }

    [Fact]
    public void Backlinks_and_an_authors_posts_come_from_relations_newest_first()
    {
        Assert.Equal(["Newer post", "Older post"], _graph.PostsCiting(OtherDocument).Select(p => p.Name));
        Assert.Equal(["Older post"], _graph.PostsCiting(Document).Select(p => p.Name));
        Assert.Equal(["Newer post", "Older post"], _graph.PostsBy(Author).Select(p => p.Name));
        Assert.Equal("/older-post/", _graph.PostsBy(Author)[1].RoutePath);
    }

    [Fact]
    public void A_programs_posts_and_documents_include_its_projects_unless_asked_not_to()
    {
        Assert.Equal(["Newer post", "Older post"], _graph.ProgramPosts(Program, includeProjects: true).Select(p => p.Name));
        Assert.Equal(["Older post"], _graph.ProgramPosts(Program, includeProjects: false).Select(p => p.Name));
        Assert.Equal(["Another document", "A document"], _graph.ProgramDocuments(Program, includeProjects: true).Select(d => d.Name));
        Assert.Empty(_graph.ProgramPosts(Author, includeProjects: true));
    }

    [Fact]
    public void Unknown_keys_give_empty_lists()
    {
        Assert.Empty(_graph.PostsCiting(Guid.NewGuid()));
        Assert.Null(_graph.Find(Guid.NewGuid()));
    }

    [Fact]
    public void A_preview_request_lists_no_unpublished_post()
    {
        var draft = Guid.NewGuid();
        _site.Published.Add(T.BlogPost, "Unpublished post", draft, id: 22, created: new DateTime(2025, 1, 1), draft: true, values: ("authors", Udi(Author)));
        Relate(R.PostAuthor, 40, 20, 21, 22);

        Assert.Equal(["Newer post", "Older post"], _graph.PostsBy(Author).Select(p => p.Name));
    }

    [Fact]
    public void A_backlink_from_a_draft_citation_is_not_listed()
    {
        // Umbraco writes the automatic relation on every save, drafts included (ContentSavedNotification in
        // src/Umbraco.Infrastructure/Persistence/Relations/ContentRelationsUpdate.cs@release/17.4.2): the newer post's draft
        // cites the document, its published version does not.
        Relate(R.PostCitesDocument, 30, 20, 21);

        Assert.Equal(["Older post"], _graph.PostsCiting(Document).Select(p => p.Name));
    }

    [Fact]
    public void Member_protected_content_is_not_served()
    {
        _site.Access.Protect(30);

        Assert.Null(_graph.Find(Document));
        Assert.Empty(_graph.PostsCiting(Document));
        Assert.Equal(["Another document"], _graph.DocumentsCitedBy(OlderPost).Select(d => d.Name));

        _site.Access.Protect(20);

        Assert.Null(_graph.Find(OlderPost));
        Assert.Equal(["Newer post"], _graph.PostsBy(Author).Select(p => p.Name));
        Assert.Equal(["Newer post"], _graph.PostsCiting(OtherDocument).Select(p => p.Name));
    }

    private static (string, object?) Cites(params Guid[] documents) =>
        ("citations", "{\"v\":1,\"citations\":[" + string.Join(',', documents.Select(d => $"{{\"key\":\"{Guid.NewGuid()}\",\"documentKey\":\"{d}\"}}")) + "]}");

    private static string Udi(Guid key) => $"umb://document/{key:N}";

    private void Add(Guid key, int id, string type, string name, DateTime created, params (string Alias, object? Value)[] values) =>
        _site.Published.Add(type, name, key, parent: key == Project ? Program : null, id: id, created: created, values: values);

    private void Relate(string alias, int child, params int[] parents)
    {
        // Umbraco's own Relation and RelationType, as IRelationService (database-backed) hands them out.
        var definition = HistoryContentModel.RelationTypes.Single(t => t.Alias == alias);
        var relationType = new RelationType(definition.Name, definition.Alias, definition.IsBidirectional,
            Constants.ObjectTypes.Document, Constants.ObjectTypes.Document, definition.IsDependency, definition.Key);
        IRelation[] found = [.. parents.Select(p => new Relation(p, child, Constants.ObjectTypes.Document, Constants.ObjectTypes.Document, relationType))];
        _relations.GetByChildId(child, alias).Returns(found);
    }
}
