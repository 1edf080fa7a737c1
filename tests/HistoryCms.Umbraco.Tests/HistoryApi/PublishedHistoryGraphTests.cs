using HistoryCms.Umbraco.ContentLookup;
using HistoryCms.Umbraco.HistoryApi;
using HistoryCms.Umbraco.Tests.TestSupport;
using NSubstitute;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.Navigation;
using R = HistoryCms.Core.HistoryAliases.RelationTypes;
using T = HistoryCms.Core.HistoryAliases.DocumentTypes;

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

    private readonly IPublishedContentCache cache = Substitute.For<IPublishedContentCache>();
    private readonly IDocumentNavigationQueryService navigation = Substitute.For<IDocumentNavigationQueryService>();
    private readonly IRelationService relations = Substitute.For<IRelationService>();
    private readonly IPublishedUrlProvider urls = Substitute.For<IPublishedUrlProvider>();
    private readonly Dictionary<Guid, IPublishedContent> byKey = [];
    private readonly Dictionary<Guid, IPublishedContent> drafts = [];
    private readonly TestPublicAccess access = new();
    private readonly PublishedHistoryGraph graph;

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

        // The cache as a preview request sees it: the overloads without a preview flag follow the request's preview
        // cookie (GetPreview() in src/Umbraco.PublishedCache.HybridCache/Services/DocumentCacheService.cs@release/17.4.2).
        cache.GetById(Arg.Any<Guid>()).Returns(c => Draft(c.ArgAt<Guid>(0)) ?? byKey.GetValueOrDefault(c.ArgAt<Guid>(0)));
        cache.GetById(Arg.Any<bool>(), Arg.Any<Guid>()).Returns(c => (c.ArgAt<bool>(0) ? Draft(c.ArgAt<Guid>(1)) : null) ?? byKey.GetValueOrDefault(c.ArgAt<Guid>(1)));
        cache.GetById(Arg.Any<int>()).Returns(c => All().FirstOrDefault(p => p.Id == c.ArgAt<int>(0)));
        cache.GetById(Arg.Any<bool>(), Arg.Any<int>()).Returns(c => (c.ArgAt<bool>(0) ? All() : byKey.Values).FirstOrDefault(p => p.Id == c.ArgAt<int>(1)));
        navigation.TryGetDescendantsKeysOfType(Program, T.Program, out Arg.Any<IEnumerable<Guid>>())
            .Returns(c => { c[2] = new[] { Project }; return true; });
        Relate(R.PostCitesDocument, 30, 20);
        Relate(R.PostCitesDocument, 31, 20, 21);
        Relate(R.PostAuthor, 40, 20, 21);
        Relate(R.InProgram, 10, 20);
        Relate(R.InProgram, 11, 21, 30, 31);
        urls.GetUrl(Arg.Any<IPublishedContent>(), Arg.Any<UrlMode>(), Arg.Any<string?>(), Arg.Any<Uri?>())
            .Returns(c => "/" + c.ArgAt<IPublishedContent>(0).Name.Replace(' ', '-').ToLowerInvariant() + "/");
        graph = new PublishedHistoryGraph(new UmbracoContentLookup(cache, navigation, urls, new TestUmbracoContexts(), access.Service), cache, navigation, relations);
    }

    [Fact]
    public void A_posts_cited_documents_come_from_its_citations_value_in_order()
    {
        Assert.Equal(["A document", "Another document"], graph.DocumentsCitedBy(OlderPost).Select(d => d.Name));
        Assert.Empty(graph.DocumentsCitedBy(Document));
    }

    [Fact]
    public void Backlinks_and_an_authors_posts_come_from_relations_newest_first()
    {
        Assert.Equal(["Newer post", "Older post"], graph.PostsCiting(OtherDocument).Select(p => p.Name));
        Assert.Equal(["Older post"], graph.PostsCiting(Document).Select(p => p.Name));
        Assert.Equal(["Newer post", "Older post"], graph.PostsBy(Author).Select(p => p.Name));
        Assert.Equal("/older-post/", graph.PostsBy(Author)[1].RoutePath);
    }

    [Fact]
    public void A_programs_posts_and_documents_include_its_projects_unless_asked_not_to()
    {
        Assert.Equal(["Newer post", "Older post"], graph.ProgramPosts(Program, includeProjects: true).Select(p => p.Name));
        Assert.Equal(["Older post"], graph.ProgramPosts(Program, includeProjects: false).Select(p => p.Name));
        Assert.Equal(["Another document", "A document"], graph.ProgramDocuments(Program, includeProjects: true).Select(d => d.Name));
        Assert.Empty(graph.ProgramPosts(Author, includeProjects: true));
    }

    [Fact]
    public void Unknown_keys_give_empty_lists()
    {
        Assert.Empty(graph.PostsCiting(Guid.NewGuid()));
        Assert.Null(graph.Find(Guid.NewGuid()));
    }

    [Fact]
    public void A_preview_request_lists_no_unpublished_post()
    {
        var draft = Guid.NewGuid();
        Add(draft, 22, T.BlogPost, "Unpublished post", new DateTime(2025, 1, 1), ("authors", $"umb://document/{Author:N}"));
        drafts[draft] = byKey[draft];
        byKey.Remove(draft);
        Relate(R.PostAuthor, 40, 20, 21, 22);

        Assert.Equal(["Newer post", "Older post"], graph.PostsBy(Author).Select(p => p.Name));
    }

    [Fact]
    public void A_backlink_from_a_draft_citation_is_not_listed()
    {
        // Umbraco writes the automatic relation on every save, drafts included (ContentSavedNotification in
        // src/Umbraco.Infrastructure/Persistence/Relations/ContentRelationsUpdate.cs@release/17.4.2): the newer post's draft
        // cites the document, its published version does not.
        Relate(R.PostCitesDocument, 30, 20, 21);

        Assert.Equal(["Older post"], graph.PostsCiting(Document).Select(p => p.Name));
    }

    [Fact]
    public void Member_protected_content_is_not_served()
    {
        access.Protect(30);

        Assert.Null(graph.Find(Document));
        Assert.Empty(graph.PostsCiting(Document));
        Assert.Equal(["Another document"], graph.DocumentsCitedBy(OlderPost).Select(d => d.Name));

        access.Protect(20);

        Assert.Null(graph.Find(OlderPost));
        Assert.Equal(["Newer post"], graph.PostsBy(Author).Select(p => p.Name));
        Assert.Equal(["Newer post"], graph.PostsCiting(OtherDocument).Select(p => p.Name));
    }

    private static (string, object) Cites(params Guid[] documents) =>
        ("citations", "{\"v\":1,\"citations\":[" + string.Join(',', documents.Select(d => $"{{\"key\":\"{Guid.NewGuid()}\",\"documentKey\":\"{d}\"}}")) + "]}");

    private static string Udi(Guid key) => $"umb://document/{key:N}";

    private IPublishedContent? Draft(Guid key) => drafts.GetValueOrDefault(key);

    private IEnumerable<IPublishedContent> All() => byKey.Values.Concat(drafts.Values);

    private void Add(Guid key, int id, string type, string name, DateTime created, params (string Alias, object Value)[] values)
    {
        var content = Substitute.For<IPublishedContent>();
        var contentType = Substitute.For<IPublishedContentType>();
        contentType.Alias.Returns(type);
        content.Key.Returns(key);
        content.Id.Returns(id);
        content.ItemType.Returns(PublishedItemType.Content);
        content.Name.Returns(name);
        content.ContentType.Returns(contentType);
        content.CreateDate.Returns(created);
        content.Path.Returns($"-1,{id}");
        content.UpdateDate.Returns(created);
        var properties = values.Select(v =>
        {
            var property = Substitute.For<IPublishedProperty>();
            property.Alias.Returns(v.Alias);
            property.GetSourceValue(Arg.Any<string?>(), Arg.Any<string?>()).Returns(v.Value);
            return property;
        }).ToArray();
        content.Properties.Returns(properties);
        byKey[key] = content;
    }

    private void Relate(string alias, int child, params int[] parents)
    {
        var found = parents.Select(p =>
        {
            var relation = Substitute.For<IRelation>();
            relation.ParentId.Returns(p);
            relation.ChildId.Returns(child);
            return relation;
        }).ToArray();
        relations.GetByChildId(child, alias).Returns(found);
    }
}
