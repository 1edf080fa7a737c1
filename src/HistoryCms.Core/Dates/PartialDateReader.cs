using System.Text.RegularExpressions;

namespace HistoryCms.Core.Dates;

/// <summary>Reads the printed and EDTF forms of a <see cref="PartialDate"/>.</summary>
internal static partial class PartialDateReader
{
    internal const int MaxLength = 100;

    private const string Hint = "Write the date as archives print it, e.g. \"July 23, 1960\", \"November 1967\", \"1958\", \"c. 1950\", \"1945–1946\" or \"undated\".";

    private static readonly HashSet<string> UndatedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "undated", "n.d.", "n. d.", "nd", "n.d", "no date", "not dated", "date unknown", "unknown date", "s.d.", "s. d.", "xxxx", "[n.d.]",
    };

    public static PartialDate? Read(string? text, out string? error)
    {
        error = null;
        if (text is null)
        {
            return PartialDate.Undated;
        }

        if (text.Length > MaxLength)
        {
            error = $"The date is too long ({text.Length} characters; at most {MaxLength}). {Hint}";
            return null;
        }

        var s = Whitespace().Replace(text, " ").Trim();
        if (s.StartsWith('[') && s.EndsWith(']'))
        {
            s = s[1..^1].Trim();
        }

        if (s.Length == 0 || UndatedWords.Contains(s) || UndatedWords.Contains(s.TrimEnd('.')))
        {
            return PartialDate.Undated;
        }

        if (EdtfReader.TryRead(s, out var edtf, out error) || error is not null)
        {
            return edtf;
        }

        var circa = Circa().Match(s);
        var approximate = circa.Success;
        if (approximate)
        {
            s = s[circa.Length..];
            if (EdtfReader.TryRead(s, out edtf, out error) || error is not null)
            {
                return edtf?.Approximately();
            }
        }

        if (s.EndsWith('.') && s.Length > 1 && (char.IsDigit(s[^2]) || s[^2] == 's'))
        {
            s = s[..^1];
        }

        var date = ReadRange(s, approximate, out error);
        if (date is null)
        {
            error ??= $"\"{text.Trim()}\" is not a date this field understands. {Hint}";
        }

        return date;
    }

    private static PartialDate? ReadRange(string s, bool approximate, out string? error)
    {
        error = null;
        var (left, right) = SplitRange(s);
        if (!DateWords.TryRead(left, out var from))
        {
            return null;
        }

        if (right is null)
        {
            return from.ToPoint(out var single, out error) ? PartialDate.Of(single, approximate) : null;
        }

        if (!DateWords.TryRead(right, out var to) || !DateWords.Complete(ref from, ref to))
        {
            return null;
        }

        if (!from.ToPoint(out var start, out error) || !to.ToPoint(out var end, out error))
        {
            return null;
        }

        if (PartialDate.TryBetween(start, end, approximate, out var range))
        {
            return range;
        }

        error = $"The range ends ({end.First:yyyy-MM-dd}) before it starts ({start.First:yyyy-MM-dd}).";
        return null;
    }

    private static (string Left, string? Right) SplitRange(string s)
    {
        var dashes = RangeSeparator().Matches(s);
        if (dashes.Count == 1)
        {
            var m = dashes[0];
            return (s[..m.Index].Trim(), s[(m.Index + m.Length)..].Trim());
        }

        var hyphen = s.IndexOf('-', StringComparison.Ordinal);
        return dashes.Count == 0 && hyphen > 0 && hyphen == s.LastIndexOf('-')
            ? (s[..hyphen].Trim(), s[(hyphen + 1)..].Trim())
            : (s, null);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:c\.|ca\.|c\b|ca\b|circa\b|approx\.|approximately\b|about\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Circa();

    [GeneratedRegex(@"\s*[–—]\s*|\s*--\s*|\s+-\s+|\s+(?:to|through|until)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeSeparator();
}
