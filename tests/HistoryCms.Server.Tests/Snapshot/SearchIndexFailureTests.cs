using HistoryCms.Core.Content;
using HistoryCms.Search;
using HistoryCms.Search.Contributors;
using HistoryCms.Server.Snapshot;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryCms.Server.Tests.Snapshot;

/// <summary>
/// An update of the search index that fails (here: a site's contributor that throws) leaves the server serving, search
/// answering from the last good index with a notice, <c>/health</c> degraded with the reason, and is tried again.
/// </summary>
public sealed class SearchIndexFailureTests : IDisposable
{
    private readonly SampleContent _sample = new();
    private readonly FailingAuthors _authors = new();
    private readonly ServerFactory _server;
    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    public SearchIndexFailureTests()
    {
        _server = new ServerFactory(null, _sample.Root);
        _factory = _server.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ISearchContributor>(_authors)));
        _client = _factory.CreateClient();
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private SearchIndexFeeder Feeder => _factory.Services.GetRequiredService<SearchIndexFeeder>();

    private SnapshotHolder Holder => _factory.Services.GetRequiredService<SnapshotHolder>();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _server.Dispose();
        _sample.Dispose();
    }

    [Fact]
    public async Task A_failed_update_keeps_the_last_good_index_searchable_says_why_and_is_tried_again()
    {
        await Until(() => Feeder.LastUpdate is not null);
        Assert.Equal(2, (await _client.Json("/history/api/v1/search?q=Kraus"))["total"]!.GetValue<int>());

        _authors.Failing = true;
        Assert.True(await Holder.ReloadAsync(Token));
        await Until(() => Feeder.LastFailure is not null);

        var health = await _client.Json("/health");
        Assert.Equal("degraded", health["status"]!.GetValue<string>());
        Assert.False(health["search"]!["current"]!.GetValue<bool>());
        Assert.Equal(Holder.Current.Version, health["search"]!["failure"]!["version"]!.GetValue<long>());
        Assert.Contains(FailingAuthors.Reason, health["search"]!["failure"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var during = await _client.Json("/history/api/v1/search?q=Kraus");
        Assert.Equal(2, during["total"]!.GetValue<int>());
        Assert.Contains(IndexStateNotices.Failing, during["notices"]!.AsArray().Select(n => n!.GetValue<string>()));

        _authors.Failing = false;
        Assert.True(await Holder.ReloadAsync(Token));
        await Until(() => Feeder.LastFailure is null && Feeder.LastUpdate?.Version == Holder.Current.Version);

        health = await _client.Json("/health");
        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.True(health["search"]!["current"]!.GetValue<bool>());
        Assert.Null(health["search"]!["failure"]);
        Assert.Empty((await _client.Json("/history/api/v1/search?q=Kraus"))["notices"]!.AsArray());
    }

    private static async Task Until(Func<bool> done)
    {
        for (var i = 0; i < 200 && !done(); i++)
        {
            await Task.Delay(50, Token);
        }

        Assert.True(done(), "Not reached in 10 s.");
    }

    /// <summary>The package's reading of authors, or an exception while <see cref="Failing"/>.</summary>
    private sealed class FailingAuthors : ISearchContributor
    {
        public const string Reason = "The disk is full (a test's failure).";
        private readonly AuthorContributor _inner = new();
        private volatile bool _failing;

        public bool Failing
        {
            get => _failing;
            set => _failing = value;
        }

        public string ContentType => _inner.ContentType;

        public SearchDocument? Contribute(ContentItem item, SearchContributionContext context) =>
            _failing ? throw new IOException(Reason) : _inner.Contribute(item, context);
    }
}
