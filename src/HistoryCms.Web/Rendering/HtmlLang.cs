namespace HistoryCms.Web.Rendering;

/// <summary>Language tags for <c>lang</c> attributes (quotes and titles in other languages).</summary>
public static class HtmlLang
{
    /// <summary>The tag when it is a plausible BCP 47 tag (letters, digits, hyphens; starting with a letter) and not English; otherwise <c>null</c> (no attribute).</summary>
    /// <param name="tag">The tag, e.g. <c>ru</c>, <c>zh-Hant</c>.</param>
    /// <returns>The tag, or <c>null</c>.</returns>
    public static string? Of(string? tag) =>
        IsTag(tag) && !string.Equals(tag, "en", StringComparison.OrdinalIgnoreCase) && !tag!.StartsWith("en-", StringComparison.OrdinalIgnoreCase) ? tag : null;

    /// <summary>Whether a text is a plausible BCP 47 tag, safe in an attribute.</summary>
    /// <param name="tag">The text.</param>
    /// <returns><c>true</c> when it is.</returns>
    public static bool IsTag(string? tag) =>
        !string.IsNullOrEmpty(tag) && tag.Length <= 35 && char.IsAsciiLetter(tag[0]) && tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
