namespace HistoryCms.Import;

/// <summary>
/// A replacement the user asks for: every occurrence of <see cref="Found"/> in the imported text becomes
/// <see cref="Replacement"/> (e.g. injected spam back to the organisation's name it stands for). The importer never
/// replaces anything on its own: it flags, and only a rule replaces.
/// </summary>
/// <param name="Found">The text to find (ordinal, case-sensitive), as the report shows it (after encoding repair).</param>
/// <param name="Replacement">What to put in its place (may be empty).</param>
public sealed record ReplacementRule(string Found, string Replacement)
{
    /// <summary>Reads a rule written <c>found=replacement</c> (as <c>--replace</c> takes it); the first <c>=</c> separates them.</summary>
    /// <param name="text">The rule.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="FormatException">There is no <c>=</c>, or nothing before it.</exception>
    public static ReplacementRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf('=', StringComparison.Ordinal);
        if (at < 0)
        {
            throw new FormatException($"The replacement \"{text}\" has no \"=\": write it as found=replacement, e.g. \"澳门六合彩=Wilson Center\".");
        }

        var found = text[..at].Trim();
        if (found.Length == 0)
        {
            throw new FormatException($"The replacement \"{text}\" names nothing to find before the \"=\".");
        }

        return new ReplacementRule(found, text[(at + 1)..].Trim());
    }

    /// <summary>Reads a rules file: one <c>found=replacement</c> per line; blank lines and lines starting with <c>#</c> are ignored.</summary>
    /// <param name="lines">The file's lines.</param>
    /// <returns>The rules, in file order.</returns>
    /// <exception cref="FormatException">A line is not a rule; the message names its line number.</exception>
    public static IReadOnlyList<ReplacementRule> ParseLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rules = new List<ReplacementRule>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            try
            {
                rules.Add(Parse(trimmed));
            }
            catch (FormatException ex)
            {
                throw new FormatException($"Line {number}: {ex.Message}", ex);
            }
        }

        return rules;
    }
}
