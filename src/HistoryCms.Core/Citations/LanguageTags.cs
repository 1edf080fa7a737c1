using System.Text.RegularExpressions;

namespace HistoryCms.Core.Citations;

/// <summary>Language tags of quotes: BCP 47 in its common form (<c>ru</c>, <c>de-AT</c>, <c>sr-Latn</c>, <c>zh-Hant-TW</c>).</summary>
public static partial class LanguageTags
{
    /// <summary>Whether <paramref name="tag"/> is a well-formed language tag: a 2–3 letter language, then optional subtags.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns><c>true</c> when well formed.</returns>
    public static bool IsValid(string? tag) => tag is { Length: <= 35 } && Tag().IsMatch(tag);

    /// <summary>The conventional case of a well-formed tag (<c>EN-us</c> → <c>en-US</c>, <c>sr-latn</c> → <c>sr-Latn</c>); other text unchanged.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The tag in conventional case.</returns>
    public static string Canonical(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (!IsValid(tag))
        {
            return tag;
        }

        var parts = tag.Split('-');
        parts[0] = parts[0].ToLowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            parts[i] = parts[i].Length switch
            {
                2 when char.IsLetter(parts[i][0]) => parts[i].ToUpperInvariant(),
                4 when char.IsLetter(parts[i][0]) => char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant(),
                _ => parts[i].ToLowerInvariant(),
            };
        }

        return string.Join('-', parts);
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
