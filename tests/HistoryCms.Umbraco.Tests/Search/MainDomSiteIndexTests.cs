using HistoryCms.Core.Search;
using HistoryCms.Search;
using HistoryCms.Umbraco.Search;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Hosting;
using Umbraco.Cms.Core.Runtime;

namespace HistoryCms.Umbraco.Tests.Search;

/// <summary>
/// The site index following Umbraco's MainDom as the Examine indexes do
/// (src/Umbraco.Infrastructure/Examine/ExamineIndexingMainDomHandler.cs@release/17.4.2): two processes of one site on one
/// machine (an IIS overlapped recycle, a slot swap) share the index folder; each acquires Umbraco's real
/// <see cref="MainDom"/> (src/Umbraco.Core/Runtime/MainDom.cs) over a lock that behaves like
/// src/Umbraco.Infrastructure/Runtime/FileSystemMainDomLock.cs (the new process asks, the old lets the lock go and then runs
/// its release callbacks), as CoreRuntime.StartAsync acquires it before the application starts.
/// </summary>
public sealed class MainDomSiteIndexTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _folder = Directory.CreateTempSubdirectory("historycms-maindom-").FullName;
    private readonly TestMainDomLock.Machine _machine = new();
    private readonly List<IDisposable> _processes = [];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            process.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_process_that_is_not_the_MainDom_never_takes_the_write_lock_and_answers_from_the_last_commit()
    {
        await Seed("Committed cable");
        var old = Start();
        Start();
        await WaitUntil(() => !old.MainDom.IsMainDom);

        var index = old.Index;

        using var writer = SiteIndex.Open(_folder);
        Assert.Equal(["Committed cable"], Titles(index));
    }

    [Fact]
    public async Task Resolving_the_index_while_the_old_process_still_holds_the_write_lock_does_not_throw()
    {
        // The start-up handler's constructor resolves the index (handler → SiteIndexUpdates → SiteIndexFeed → index).
        await Seed("Committed cable");
        var oldWriter = SiteIndex.Open(_folder);
        var site = Start();

        var index = site.Index;

        Assert.Equal(["Committed cable"], Titles(index));
        var update = Task.Run(() => index.IndexAsync([Document("New cable")], Token), Token);
        await Task.Delay(200, Token);
        oldWriter.Dispose();
        await update.WaitAsync(Patience, Token);
        Assert.Equal(["Committed cable", "New cable"], Titles(index));
    }

    [Fact]
    public async Task When_a_new_process_takes_MainDom_the_old_index_lets_the_write_lock_go_and_keeps_answering()
    {
        var old = Start();
        await old.Index.IndexAsync([Document("Before the recycle")], Token);

        var replacement = Start();
        await replacement.Index.IndexAsync([Document("After the recycle")], Token).WaitAsync(Patience, Token);

        Assert.False(old.MainDom.IsMainDom);
        Assert.Equal(["After the recycle", "Before the recycle"], Titles(replacement.Index));
        Assert.Equal(["Before the recycle"], Titles(old.Index));
        await Assert.ThrowsAsync<InvalidOperationException>(() => old.Index.IndexAsync([Document("Too late")], Token));
    }

    private static List<string> Titles(SiteIndex index) =>
        [.. new LuceneSiteSearch(index).Search(new SiteSearchRequest()).Results.Select(r => r.Title).Order()];

    private static SearchDocument Document(string title) => new()
    {
        Id = Guid.NewGuid(),
        Type = "historyArchivalDocument",
        Title = title,
        Route = "/archive/" + title.ToLowerInvariant().Replace(' ', '-') + "/",
    };

    private static async Task WaitUntil(Func<bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true in time.");
            await Task.Delay(20, Token);
        }
    }

    private async Task Seed(string title)
    {
        using var index = SiteIndex.Open(_folder);
        await index.IndexAsync([Document(title)], Token);
    }

    private SiteProcess Start()
    {
        var process = new SiteProcess(_folder, _machine);
        _processes.Add(process);
        return process;
    }

    /// <summary>One process of the site: its MainDom, acquired at boot, and its container with the site search.</summary>
    private sealed class SiteProcess : IDisposable
    {
        private readonly ServiceProvider _provider;

        public SiteProcess(string folder, TestMainDomLock.Machine machine)
        {
            MainDom = new MainDom(
                NullLogger<MainDom>.Instance,
                new TestMainDomLock(machine),
                Options.Create(new GlobalSettings { MainDomAcquisitionTimeout = Patience }));
            Assert.True(MainDom.Acquire(Substitute.For<IApplicationShutdownRegistry>()));

            var services = new ServiceCollection();
            var config = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [SearchBuilderExtensions.IndexPathKey] = folder })
                .Build();
            new UmbracoBuilder(services, config, TypeLoader()).AddHistorySearch();
            services.AddSingleton<IMainDom>(MainDom);
            services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
            _provider = services.BuildServiceProvider();
        }

        public MainDom MainDom { get; }

        public SiteIndex Index => _provider.GetRequiredService<SiteIndex>();

        public void Dispose()
        {
            _provider.Dispose();
            MainDom.Dispose();
        }

        private static TypeLoader TypeLoader()
        {
            var assemblies = Substitute.For<IAssemblyProvider>();
            assemblies.Assemblies.Returns([typeof(SearchBuilderExtensions).Assembly]);
            return new TypeLoader(new TypeFinder(NullLogger<TypeFinder>.Instance, assemblies, []), NullLogger<TypeLoader>.Instance);
        }
    }
}
