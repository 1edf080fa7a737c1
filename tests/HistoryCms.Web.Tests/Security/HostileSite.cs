using HistoryCms.Core.Content;
using HistoryCms.Web.Tests.TestSupport;
using static HistoryCms.Web.Tests.TestSupport.ContentBuilder;

namespace HistoryCms.Web.Tests.Security;

/// <summary>One site holding every vector in every field an editor can type: post, citation, document, author and program blocks.</summary>
public sealed class HostileSite : IAsyncLifetime
{
    private PageHost? _host;

    internal PageHost Host => _host ?? throw new InvalidOperationException("The site has not started.");

    public async ValueTask InitializeAsync() => _host = await PageHost.StartAsync([.. SampleSite.Items, .. XssVectors.All.SelectMany(Items)]);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private static IEnumerable<ContentItem> Items(string vector, int i)
    {
        var post = Key(1, i);
        var document = Key(2, i);
        var author = Key(3, i);
        var citation = Key(4, i).ToString();
        yield return Post(post, vector, $"/posts/xss-{i}/", new()
        {
            ["standfirst"] = vector,
            ["heroCaption"] = vector,
            ["heroCredit"] = vector,
            ["authors"] = Udi(author),
            ["programs"] = Udi(SampleSite.Happ),
            ["body"] = $"<p>Before {vector} after<sup data-citation=\"{citation}\"></sup></p>{vector}",
            ["citations"] = CitationsValue(new { key = citation, documentKey = document, quote = vector, quoteLanguage = vector, note = vector }),
        });
        yield return Document(document, vector, $"/archive/xss-{i}/", new()
        {
            ["summary"] = vector,
            ["originalTitle"] = vector,
            ["originalLanguages"] = Json(new[] { vector }),
            ["translation"] = vector + "<p>[p. 2]</p>" + vector,
            ["source"] = vector,
            ["people"] = vector,
            ["subjects"] = Json(new[] { vector }),
            ["documentType"] = Json(new[] { vector }),
            ["documentAuthors"] = vector,
            ["participants"] = vector,
            ["fundingCredit"] = vector,
            ["donors"] = vector,
            ["originalUploadDate"] = vector,
            ["archiveUrl"] = "https://digitalarchive.example.org/document/1?q=" + vector,
        });
        yield return Author(author, vector, $"/people/xss-{i}/", new()
        {
            ["jobTitle"] = vector,
            ["shortBio"] = vector,
            ["longBio"] = vector,
            ["links"] = Json(new[] { new { name = vector, url = vector } }),
        });
        yield return Program(Key(5, i), vector, $"/programs/xss-{i}/", new()
        {
            ["shortDescription"] = vector,
            ["staff"] = Udi(author),
            ["blocks"] = BlocksValue(
                Block("richText", new { markup = vector }, "a" + i, vector),
                Block("featuredDocuments", new { documents = new[] { document }, note = vector }),
                Block("projectPromos", new { items = new[] { new { program = SampleSite.Happ, blurb = vector } } }),
                Block("people", new { items = new[] { new { author, role = vector } } }),
                Block("callToAction", new { label = vector, link = new { url = vector } }),
                Block("callToAction", new { label = vector, link = new { url = "javascript:alert(1)" } }),
                Block("documentSearch", new { label = vector, query = new { language = vector, repository = vector } })),
        });
    }

    private static Guid Key(int type, int i) => new($"{type:x8}-0000-0000-0000-{i:x12}");
}
