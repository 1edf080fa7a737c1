using System.Text.RegularExpressions;

namespace HistoryCms.Core.Archival;

/// <summary>The repository of an <see cref="ArchivalReference"/>: as printed, and what is known of its name.</summary>
/// <param name="Text">As printed: "RGANI", "Dalhousie University Archives", "Russian State Archive of Contemporary History (RGANI)".</param>
/// <param name="Abbreviation">The abbreviation printed ("RGANI", "BArch"), or <c>null</c>.</param>
/// <param name="Name">The full name: printed, or from <see cref="ArchivalRepositories"/> for a well-known abbreviation; <c>null</c> when unknown.</param>
public sealed partial record ArchivalRepository(string Text, string? Abbreviation, string? Name)
{
    /// <summary>The name to show: the full name when known, else the text as printed.</summary>
    public string DisplayName => Name ?? Text;

    /// <summary>Reads a printed repository.</summary>
    /// <param name="text">The repository as printed.</param>
    /// <returns>The repository.</returns>
    public static ArchivalRepository From(string text)
    {
        var trimmed = text.Trim();
        var paren = Parenthesised().Match(trimmed);
        if (paren.Success)
        {
            var outer = paren.Groups["outer"].Value.Trim();
            var inner = paren.Groups["inner"].Value.Trim();
            return LooksLikeAbbreviation(inner) ? new(trimmed, inner, outer)
                : LooksLikeAbbreviation(outer) ? new(trimmed, outer, inner)
                : new(trimmed, null, trimmed);
        }

        if (ArchivalRepositories.FullName(trimmed) is { } known)
        {
            return new(trimmed, trimmed, known);
        }

        return LooksLikeAbbreviation(trimmed) ? new(trimmed, trimmed, null) : new(trimmed, null, trimmed);
    }

    /// <summary>Whether <paramref name="text"/> reads as an abbreviation: short, no spaces beyond two words, mostly capitals ("RGANI", "BArch", "PRC FMA", "ЦАМО").</summary>
    internal static bool LooksLikeAbbreviation(string text)
    {
        if (ArchivalRepositories.FullName(text) is not null)
        {
            return true;
        }

        if (!AbbreviationShape().IsMatch(text))
        {
            return false;
        }

        var lowerRun = 0;
        foreach (var c in text)
        {
            lowerRun = char.IsLower(c) ? lowerRun + 1 : 0;
            if (lowerRun > 3)
            {
                return false;
            }
        }

        return text.Count(char.IsUpper) >= 2;
    }

    [GeneratedRegex(@"^(?<outer>[^()]+?)\s*\((?<inner>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]{1,11}(?:\s\p{Lu}[\p{L}\-]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviationShape();
}
