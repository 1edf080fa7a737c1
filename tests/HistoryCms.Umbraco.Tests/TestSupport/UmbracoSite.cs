using HistoryCms.Core;
using HistoryCms.Testing.PublishedContent;
using HistoryCms.Umbraco.ContentLookup;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// Published content (<see cref="PublishedTestSite"/>: real published content types, Umbraco's document tree) with the
/// package's real <see cref="UmbracoContentLookup"/> over it, an UmbracoContext factory and public access.
/// </summary>
internal sealed class UmbracoSite
{
    public static readonly Guid RecordKey = new("6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61");
    public static readonly Guid DraftKey = new("0aa1c1de-5e2b-4c7d-9f00-3b6a2f1e0d9c");
    public static readonly Guid PostKey = new("a1b2c3d4-e5f6-4a5b-8c7d-9e0f1a2b3c4d");

    public PublishedTestSite Published { get; } = new();

    public TestUmbracoContexts Contexts { get; } = new();

    public TestPublicAccess Access { get; } = new();

    public IPublicAccessService PublicAccess => Access.Service;

    public UmbracoContentLookup Lookup => new(Published.Cache, Published.Navigation, Published.Urls, Contexts, PublicAccess);

    /// <summary>Two archival documents (one only a draft) and a blog post.</summary>
    public static UmbracoSite Sample()
    {
        var site = new UmbracoSite();
        site.Published.Add(HistoryAliases.ContentTypes.ArchivalDocument, "On the Korean Question", RecordKey, route: "/archive/6b0c8f34/",
            values: (HistoryAliases.Properties.Source, "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg."));
        site.Published.Add(HistoryAliases.ContentTypes.ArchivalDocument, "Record of Conversation with Mao Zedong", DraftKey, draft: true, route: "/archive/0aa1c1de/");
        site.Published.Add(HistoryAliases.ContentTypes.BlogPost, "Failed Diplomacy", PostKey, route: "/archive/a1b2c3d4/");
        return site;
    }
}
