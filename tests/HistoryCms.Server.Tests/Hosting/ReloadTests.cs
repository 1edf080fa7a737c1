using System.Net;
using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Tests.Hosting;

public sealed class ReloadTests
{
    [Fact]
    public async Task After_a_reload_the_new_content_is_served_under_a_new_etag_and_cached_responses_are_gone()
    {
        var source = new SwappableContentSource(TestSite.Items());
        using var factory = new ServerFactory(source);
        using var client = factory.CreateClient();
        var url = new Uri($"{Http.Api}/content?filter=contentType:historyBlogPost", UriKind.Relative);
        using var before = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(3, Http.Names(await client.Json(url.ToString())).Length);

        source.Set([.. TestSite.Items().Where(i => i.Key != TestSite.ThirdPost)]);
        await factory.Holder.ReloadAsync(TestContext.Current.CancellationToken);

        using var after = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(["Failed Diplomacy", "A second post"], Http.Names(await client.Json(url.ToString())));
        await client.Problem($"{Http.Api}/content/item/{TestSite.ThirdPost}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_home_page_is_cached_until_the_content_reloads()
    {
        var source = new SwappableContentSource(TestSite.Items());
        using var factory = new ServerFactory(source);
        using var client = factory.CreateClient();
        var home = new Uri("/", UriKind.Relative);
        using var first = await client.GetAsync(home, TestContext.Current.CancellationToken);
        using var stored = await client.GetAsync(home, TestContext.Current.CancellationToken);
        using var second = await client.GetAsync(home, TestContext.Current.CancellationToken);
        Assert.Null(first.Headers.Age);
        Assert.Null(stored.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Contains("A second post", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        source.Set([.. TestSite.Items().Where(i => i.Name != "A second post")]);
        await factory.Holder.ReloadAsync(TestContext.Current.CancellationToken);

        using var after = await client.GetAsync(home, TestContext.Current.CancellationToken);
        Assert.Null(after.Headers.Age);
        Assert.DoesNotContain("A second post", await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_that_throws_keeps_the_last_good_content_serving_and_health_says_why()
    {
        var source = new SwappableContentSource(TestSite.Items());
        using var factory = new ServerFactory(source);
        using var client = factory.CreateClient();
        var version = factory.Holder.Current.Version;

        source.Throw(new InvalidOperationException("The content store did not answer."));
        Assert.False(await factory.Holder.ReloadAsync(TestContext.Current.CancellationToken));

        Assert.Equal(version, factory.Holder.Current.Version);
        Assert.Equal(3, Http.Names(await client.Json($"{Http.Api}/content?filter=contentType:historyBlogPost")).Length);
        var health = await client.Json("/health");
        Assert.Equal("degraded", health["status"]!.GetValue<string>());
        Assert.Equal("Content could not be loaded: The content store did not answer.", health["problems"]![0]!["message"]!.GetValue<string>());

        source.Set(TestSite.Items());
        Assert.True(await factory.Holder.ReloadAsync(TestContext.Current.CancellationToken));
        Assert.Equal("ok", (await client.Json("/health"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_broken_load_keeps_serving_and_the_health_endpoint_names_the_file_and_line()
    {
        var source = new SwappableContentSource(TestSite.Items());
        using var factory = new ServerFactory(source);
        using var client = factory.CreateClient();

        source.Set([], new ContentLoadProblem("Content/failed-diplomacy.config", 12, "The element 'Value' is not closed."));
        await factory.Holder.ReloadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(3, Http.Names(await client.Json($"{Http.Api}/content?filter=contentType:historyBlogPost")).Length);
        var health = await client.Json("/health");
        Assert.Equal("degraded", health["status"]!.GetValue<string>());
        var problem = health["problems"]![0]!;
        Assert.Equal("Content/failed-diplomacy.config", problem["path"]!.GetValue<string>());
        Assert.Equal(12, problem["line"]!.GetValue<int>());
    }
}
