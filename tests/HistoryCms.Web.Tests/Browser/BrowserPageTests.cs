using Deque.AxeCore.Playwright;
using HistoryCms.Web.Tests.TestSupport;
using Microsoft.Playwright;

namespace HistoryCms.Web.Tests.Browser;

/// <summary>Each page type in headless Chromium: it loads without console errors and passes an axe-core accessibility audit.</summary>
public sealed class BrowserPageTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string> Pages =>
    [
        "/",
        "/posts/failed-diplomacy-soviet-american-relations-and-the-division-of-korea/",
        InventedContent.PostPath,
        "/people/charles-kraus/",
        "/programs/history-and-public-policy-program/",
        InventedContent.ProgramPath,
        "/archive/speech-by-andrei-vyshinsky-at-the-united-nations-general-assembly/",
        InventedContent.DocumentPath,
        "/search?q=Vyshinsky&type=historyBlogPost",
        "/no/such/page/",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_loads_without_console_errors_and_passes_the_accessibility_audit(string path)
    {
        var page = await site.Browser.NewPageAsync();
        try
        {
            var errors = new List<string>();
            var notFound = path.StartsWith("/no/", StringComparison.Ordinal);
            page.Console += (_, message) =>
            {
                // The 404 page's own status is reported as a console error; nothing else may be.
                if (message.Type == "error" && !(notFound && message.Text.Contains("404", StringComparison.Ordinal)))
                {
                    errors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add(error);
            page.RequestFailed += (_, request) => errors.Add($"{request.Url}: {request.Failure}");

            var response = await page.GotoAsync(new Uri(site.BaseUrl, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.NotNull(response);
            Assert.Equal(notFound ? 404 : 200, response.Status);
            Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));

            var audit = await page.RunAxe();
            Assert.NotEmpty(audit.Passes);
            var violations = audit.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}").ToList();
            Assert.True(violations.Count == 0, "Accessibility violations:\n" + string.Join("\n", violations));
            Assert.True(errors.Count == 0, "Console errors:\n" + string.Join("\n", errors));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task A_screenshot_of_the_sample_post_is_written_to_artifacts()
    {
        var file = Path.Combine(SampleSite.RepositoryRoot(), "artifacts", "post-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Delete(file);
        var page = await site.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        try
        {
            await page.GotoAsync(new Uri(site.BaseUrl, "/posts/failed-diplomacy-soviet-american-relations-and-the-division-of-korea/").ToString());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        }
        finally
        {
            await page.CloseAsync();
        }

        var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
        Assert.True(bytes.Length > 10_000, $"The screenshot has only {bytes.Length} bytes.");
        Assert.Equal(PngSignature, bytes[..8]);
    }
}
