using System.Text.RegularExpressions;

namespace HistoryCms.Core.Archival;

/// <summary>One leaf or page number with its side as printed: "7", "7ob." (verso, Russian "oborot"), "12r", "13v".</summary>
/// <param name="Number">The number, e.g. "193".</param>
/// <param name="Side">"ob." or "v" for a verso, "r" for a recto, empty when not given.</param>
public sealed record ArchivalLeaf(string Number, string Side)
{
    /// <summary>Whether the leaf is a verso ("ob.", "v").</summary>
    public bool IsVerso => Side is "ob." or "v";

    /// <inheritdoc />
    public override string ToString() => Number + Side;
}

/// <summary>A single leaf or page ("7") or a range ("193–194", "5–7ob.").</summary>
/// <param name="First">The first leaf.</param>
/// <param name="Last">The last leaf, or <c>null</c> for a single leaf.</param>
public sealed partial record ArchivalRange(ArchivalLeaf First, ArchivalLeaf? Last)
{
    /// <summary>Whether this is a range rather than one leaf.</summary>
    public bool IsRange => Last is not null;

    /// <summary>The range with an en dash: "193–194", "5–7ob.".</summary>
    /// <returns>The normalised range.</returns>
    public override string ToString() => Last is null ? First.ToString() : $"{First}–{Last}";

    /// <summary>Reads a printed list of leaves or pages ("193-194", "5-7ob.", "1-3, 5", "12r–13v"); unreadable pieces are skipped.</summary>
    /// <param name="value">The printed value.</param>
    /// <returns>The ranges, in printed order.</returns>
    internal static IReadOnlyList<ArchivalRange> ReadList(string value)
    {
        var ranges = new List<ArchivalRange>();
        foreach (var piece in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = Dash().Split(piece);
            if (ends.Length is 1 or 2 && ReadLeaf(ends[0]) is { } first)
            {
                var last = ends.Length == 2 ? ReadLeaf(ends[1]) : null;
                if (ends.Length == 1 || last is not null)
                {
                    ranges.Add(new ArchivalRange(first, last));
                }
            }
        }

        return ranges;
    }

    private static ArchivalLeaf? ReadLeaf(string text)
    {
        var m = Leaf().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }

        var side = m.Groups["s"].Value.ToUpperInvariant() switch
        {
            "" => string.Empty,
            "R" => "r",
            "V" => "v",
            _ => "ob.",
        };
        return new ArchivalLeaf(m.Groups["n"].Value, side);
    }

    [GeneratedRegex(@"\s*[-‑–—]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Dash();

    [GeneratedRegex(@"^(?<n>\p{N}+)\s?(?<s>ob|об|OB|Ob|r|v)?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Leaf();
}
