using System.Net;
using System.Text.RegularExpressions;

namespace HistoryCms.Core.Values;

/// <summary>Turns editor HTML into plain text for search indexes and summaries (not a sanitizer: never output it as HTML).</summary>
public static partial class HtmlText
{
    /// <summary>The words of <paramref name="html"/>: scripts, styles and tags removed, entities decoded, white space collapsed.</summary>
    /// <param name="html">The HTML (may be <c>null</c>).</param>
    /// <returns>The text, or an empty string.</returns>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var text = Hidden().Replace(html, " ");
        text = Tags().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        return Space().Replace(text, " ").Trim();
    }

    // NonBacktracking: linear time on any input, so hostile markup cannot make indexing slow (and no timeout can throw).
    [GeneratedRegex(@"<script\b[^>]*>.*?(</script\s*>|$)|<style\b[^>]*>.*?(</style\s*>|$)|<template\b[^>]*>.*?(</template\s*>|$)",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<!--.*?(-->|$)|<[^>]*(>|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Space();
}
