using System.Text;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>
/// Reads a legacy blog post — a saved HTML page of the old site or a plain-text capture of one — into the post, the
/// authors and programs it names that the site lacks, and a finding for everything repaired, guessed, flagged or
/// skipped. Links in the body to Digital Archive documents become Document Citations with markers at the links' places.
/// The same file always gives the same items (keys from <see cref="ImportKeys"/>); nothing is written.
/// </summary>
/// <param name="options">Where items go, what exists, the user's rules.</param>
public sealed class LegacyPostReader(LegacyPostOptions options)
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];

    /// <summary>Reads a post from its text.</summary>
    /// <param name="content">The page's HTML or the text capture.</param>
    /// <param name="file">The file's name or path, for findings (and, by its extension, whether it is HTML).</param>
    /// <param name="oldUrl">The post's URL on the old site, when the caller knows it (it wins over the page's own).</param>
    /// <returns>What was read.</returns>
    public LegacyPostResult Read(string content, string file, string? oldUrl = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(file);
        return Read(content, file, oldUrl, new TextCleaner(file, options.Rules));
    }

    /// <summary>Reads a post from a file. UTF-8 (with or without a byte order mark) is expected; a file that is not valid UTF-8 is read as Windows-1252 and that is reported.</summary>
    /// <param name="path">The file.</param>
    /// <param name="oldUrl">The post's URL on the old site, when the caller knows it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>What was read.</returns>
    public async Task<LegacyPostResult> ReadFileAsync(string path, string? oldUrl = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Read(bytes, path, oldUrl);
    }

    /// <summary>Reads a post from a file, as <see cref="ReadFileAsync"/> does, on the calling thread (the import runner reads each file on its own thread).</summary>
    /// <param name="path">The file.</param>
    /// <param name="oldUrl">The post's URL on the old site, when the caller knows it.</param>
    /// <returns>What was read.</returns>
    public LegacyPostResult ReadFile(string path, string? oldUrl = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(File.ReadAllBytes(path), path, oldUrl);
    }

    private LegacyPostResult Read(byte[] bytes, string path, string? oldUrl)
    {
        var cleaner = new TextCleaner(path, options.Rules);
        string content;
        try
        {
            content = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            content = Encoding.GetEncoding(1252).GetString(bytes);
            cleaner.Add($"byte {ex.Index}", null, FindingKind.Guessed, "The file is not valid UTF-8; it was read as Windows-1252. Check its accented letters and punctuation.");
        }

        return Read(content, path, oldUrl, cleaner);
    }

    private LegacyPostResult Read(string content, string file, string? oldUrl, TextCleaner cleaner)
    {
        var page = IsHtml(content, file) ? HtmlPage.Read(content).Page : TextCapture.Read(content);
        var parts = PostLayout.Read(page);
        if (parts is null)
        {
            cleaner.Add("file", "title", FindingKind.Skipped, page.IsHtml
                ? "The page has no title (no <h1>, og:title or <title>), so it was not imported. Check that it is a saved post page."
                : "The capture has no title (no line after \"Skip to main content\"), so it was not imported. Check that it is a captured post page.");
            return new LegacyPostResult(file, null, [], [], cleaner.Findings);
        }

        return PostItems.Build(file, page, parts, cleaner, options, oldUrl);
    }

    private static bool IsHtml(string content, string file) =>
        HtmlExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)
        || content.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal);
}
