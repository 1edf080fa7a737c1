using HistoryCms.Core;
using HistoryCms.Umbraco.Schema;
using HistoryCms.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.Tests.Schema;

/// <summary>
/// The templates the installer gives the page types, through Umbraco's real <see cref="Template"/> and
/// <see cref="ContentType"/> (Core/Models/ContentType.cs@release/17.4.2: <c>AllowedTemplates</c>, <c>SetDefaultTemplate</c>)
/// and an in-memory template service that answers as Core/Services/TemplateService.cs does.
/// </summary>
public sealed class TemplateInstallStepTests
{
    private const string SiteContent = "@inherits Umbraco.Cms.Web.Common.Views.UmbracoViewPage\n<h1>@Model.Name</h1>\n";

    private readonly InstallerHarness _harness = new();

    private async Task<SchemaInstallReport> InstallAsync() =>
        await _harness.Installer().InstallAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task Each_page_type_gets_a_template_of_its_alias_with_the_wrapper_as_its_allowed_default()
    {
        SchemaInstallReport report = await InstallAsync();

        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Failures));
        Assert.Equal(HistoryTemplates.ContentTypes.Order(), _harness.Services.Templates.Select(t => t.Alias).Order());
        foreach (string alias in HistoryTemplates.ContentTypes)
        {
            ITemplate template = _harness.Services.Templates.Single(t => t.Alias == alias);
            Assert.Equal(HistoryTemplates.Content, template.Content);
            IContentType contentType = _harness.Services.ContentType(alias);
            Assert.Equal(template.Id, contentType.DefaultTemplate?.Id);
            Assert.True(contentType.IsAllowedTemplate(alias));
        }
    }

    [Fact]
    public async Task Folders_get_no_template()
    {
        await InstallAsync();

        IContentType folder = _harness.Services.ContentType(HistoryAliases.ContentTypes.PostsFolder);
        Assert.Null(folder.DefaultTemplate);
        Assert.Empty(folder.AllowedTemplates ?? []);
    }

    [Fact]
    public async Task A_second_run_writes_no_template_and_changes_no_document_type()
    {
        await _harness.InstalledAsync();

        SchemaInstallReport report = await InstallAsync();

        Assert.Empty(_harness.Services.Writes);
        Assert.Empty(report.Created);
        Assert.Empty(report.Updated);
    }

    [Fact]
    public async Task A_site_template_of_the_same_alias_is_kept_as_it_is_and_made_the_default_of_a_type_without_one()
    {
        ITemplate site = _harness.Services.Store(new Template(UmbracoTestObjects.ShortStringHelper, "Blog post", HistoryAliases.ContentTypes.BlogPost)
        {
            Content = SiteContent,
        });

        await InstallAsync();

        ITemplate kept = _harness.Services.Templates.Single(t => t.Alias == HistoryAliases.ContentTypes.BlogPost);
        Assert.Equal(SiteContent, kept.Content);
        Assert.Equal("Blog post", kept.Name);
        Assert.DoesNotContain($"create Template '{HistoryAliases.ContentTypes.BlogPost}'", _harness.Services.Writes);
        Assert.Equal(site.Id, _harness.Services.ContentType(HistoryAliases.ContentTypes.BlogPost).DefaultTemplate?.Id);
    }

    [Fact]
    public async Task A_page_type_whose_site_chose_another_default_template_is_left_alone_and_gets_no_template()
    {
        await _harness.InstalledAsync();
        IContentType post = _harness.Services.ContentType(HistoryAliases.ContentTypes.BlogPost);
        ITemplate siteTemplate = _harness.Services.Store(new Template(UmbracoTestObjects.ShortStringHelper, "Article", "article") { Content = SiteContent });
        post.AllowedTemplates = [siteTemplate];
        post.SetDefaultTemplate(siteTemplate);
        _harness.Services.Store(post);
        _harness.Services.RemoveTemplate(HistoryAliases.ContentTypes.BlogPost);

        await _harness.Installer().InstallAsync(TestContext.Current.CancellationToken);

        Assert.Empty(_harness.Services.Writes);
        IContentType after = _harness.Services.ContentType(HistoryAliases.ContentTypes.BlogPost);
        Assert.Equal("article", after.DefaultTemplate?.Alias);
        Assert.Equal(["article"], after.AllowedTemplates!.Select(t => t.Alias));
    }

    [Fact]
    public async Task A_page_type_installed_before_templates_existed_gets_its_template_at_the_upgrade()
    {
        await _harness.InstalledAsync();
        IContentType author = _harness.Services.ContentType(HistoryAliases.ContentTypes.Author);
        author.AllowedTemplates = [];
        _harness.Services.Store(author);
        _harness.Services.RemoveTemplate(HistoryAliases.ContentTypes.Author);

        await InstallAsync();

        Assert.Equal(
            [$"create Template '{HistoryAliases.ContentTypes.Author}'", $"update ContentType '{HistoryAliases.ContentTypes.Author}'"],
            _harness.Services.Writes);
        Assert.Equal(HistoryAliases.ContentTypes.Author, _harness.Services.ContentType(HistoryAliases.ContentTypes.Author).DefaultTemplate?.Alias);
    }

    /// <summary>
    /// Umbraco reads a <c>Layout = "…";</c> in a template as its master template and refuses to save one whose master does
    /// not exist (Core/Services/TemplateService.cs, Core/Services/TemplateContentParserService.cs@release/17.4.2).
    /// </summary>
    [Fact]
    public void The_template_names_no_master_template_for_Umbraco_to_require() =>
        Assert.Null(new TemplateContentParserService().MasterTemplateAlias(HistoryTemplates.Content));

    [Fact]
    public void Umbracos_Template_keeps_each_alias_as_it_is() =>
        Assert.All(HistoryTemplates.ContentTypes, alias =>
            Assert.Equal(alias, new Template(UmbracoTestObjects.ShortStringHelper, alias, alias).Alias));

    /// <summary>The template rendered through the Razor engine in HistoryCms.Web.Tests (UmbracoTemplateTests) must be this one.</summary>
    [Fact]
    public async Task The_template_is_the_one_the_web_tests_render_but_for_its_base_class()
    {
        string[] rendered = await System.IO.File.ReadAllLinesAsync(
            RepositoryRoot.Combine("tests", "HistoryCms.Web.Tests", "Views", "historyBlogPost.cshtml"), TestContext.Current.CancellationToken);
        string[] shipped = HistoryTemplates.Content.Split('\n');

        int inherits = Array.FindIndex(rendered, line => line.StartsWith("@inherits ", StringComparison.Ordinal));
        Assert.Equal("@inherits Umbraco.Cms.Web.Common.Views.UmbracoViewPage", shipped[0]);
        Assert.Equal(
            "@inherits Microsoft.AspNetCore.Mvc.Razor.RazorPage<Umbraco.Cms.Core.Models.PublishedContent.IPublishedContent>",
            rendered[inherits]);
        Assert.Equal(shipped[1..].Where(line => line.Length > 0), rendered[(inherits + 1)..].Where(line => line.Length > 0));
    }
}
