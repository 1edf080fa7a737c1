using NSubstitute;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Web;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// Umbraco's real <see cref="HybridUmbracoContextAccessor"/> (outside a request it keeps the context in an async local, as
/// on a background thread), with a factory that does what <c>EnsureUmbracoContext()</c> does in
/// src/Umbraco.Web.Common/UmbracoContext/UmbracoContextFactory.cs@release/17.4.2 (Web.Common cannot be restored here):
/// reuse the current context, else create one, set it, and hand back a root reference that clears it when disposed.
/// </summary>
internal sealed class TestUmbracoContexts : IUmbracoContextFactory
{
    public IUmbracoContextAccessor Accessor { get; } = new HybridUmbracoContextAccessor(NoAppCache.Instance);

    /// <summary>How many contexts were created (not reused).</summary>
    public int Created { get; private set; }

    /// <summary>Whether created contexts are in preview mode.</summary>
    public bool Preview { get; init; }

    /// <summary>The content cache created contexts hand out (<c>IUmbracoContext.Content</c>), if any.</summary>
    public IPublishedContentCache? Content { get; init; }

    public UmbracoContextReference EnsureUmbracoContext()
    {
        if (Accessor.TryGetUmbracoContext(out var current))
        {
            return new UmbracoContextReference(current, false, Accessor);
        }

        var created = Substitute.For<IUmbracoContext>();
        created.CleanedUmbracoUrl.Returns(new Uri("http://localhost/"));
        created.InPreviewMode.Returns(Preview);
        created.Content.Returns(Content);
        Accessor.Set(created);
        Created++;
        return new UmbracoContextReference(created, true, Accessor);
    }
}
