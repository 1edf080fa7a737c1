namespace HistoryCms.Core.Validation;

/// <summary>Shortens a value quoted back in a message (a validation message, a problem detail, an error page).</summary>
public static class QuotedText
{
    /// <summary>The length a quoted value is cut to unless a message asks for another.</summary>
    public const int DefaultLength = 100;

    /// <summary>The value, cut to at most <paramref name="max"/> characters with an ellipsis when longer.</summary>
    /// <param name="text">The value; <c>null</c> gives an empty string.</param>
    /// <param name="max">The most characters kept.</param>
    /// <param name="atWord">
    /// Whether to cut at the last space before <paramref name="max"/> (when it keeps more than half), without trailing
    /// punctuation, and set the ellipsis apart (<c>"Archive 1, f. 2 …"</c>): for prose shown to editors.
    /// </param>
    /// <returns>The shortened value.</returns>
    public static string Shorten(string? text, int max = DefaultLength, bool atWord = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        if (text is null)
        {
            return string.Empty;
        }

        if (text.Length <= max)
        {
            return text;
        }

        if (!atWord)
        {
            return string.Concat(text.AsSpan(0, max), "…");
        }

        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > max / 2 ? cut : max)].TrimEnd(',', ';', ' ') + " …";
    }
}
