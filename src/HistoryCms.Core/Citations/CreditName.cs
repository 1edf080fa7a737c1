namespace HistoryCms.Core.Citations;

/// <summary>A credited person's name (a translator's) split as bibliographic formats want it ("Gary Goldberg" → Goldberg, Gary).</summary>
/// <param name="Family">The family name, with a lower-case particle ("van Beethoven"); empty for a literal name.</param>
/// <param name="Given">The given names; empty for a literal name.</param>
/// <param name="Literal">The whole name when it cannot be split (one word, an organisation).</param>
public sealed record CreditName(string Family, string Given, string Literal)
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "le", "la", "ter", "ten", "dos", "das", "bin", "ibn", "al",
    };

    /// <summary>Splits a name as printed: "Family, Given" is taken as written; otherwise the last word (with any lower-case particles before it) is the family name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The split name.</returns>
    public static CreditName Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma < text.Length - 1)
        {
            return new CreditName(text[..comma].Trim(), text[(comma + 1)..].Trim(), string.Empty);
        }

        var words = text.Split(' ');
        if (words.Length < 2)
        {
            return new CreditName(string.Empty, string.Empty, text);
        }

        var familyStart = words.Length - 1;
        while (familyStart > 1 && Particles.Contains(words[familyStart - 1]))
        {
            familyStart--;
        }

        return new CreditName(string.Join(' ', words[familyStart..]), string.Join(' ', words[..familyStart]), string.Empty);
    }

    /// <summary>
    /// Splits an author as the archive lists authors: a person inverted ("Nehru, Jawaharlal"), a body without a comma
    /// ("Hungarian Ministry of Foreign Affairs", kept whole as a literal name, never split at its last word).
    /// </summary>
    /// <param name="name">The author as listed.</param>
    /// <returns>The split name.</returns>
    public static CreditName ParseAuthor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return text.Contains(',', StringComparison.Ordinal) ? Parse(text) : new CreditName(string.Empty, string.Empty, text);
    }

    /// <summary>"Given Family" as a note prints a name, or the literal name.</summary>
    /// <returns>The name in reading order.</returns>
    public string Natural() => Literal.Length > 0 ? Literal : Given.Length == 0 ? Family : $"{Given} {Family}";

    /// <summary>The family name, or the literal name (a short note's form).</summary>
    /// <returns>The short form.</returns>
    public string ShortForm() => Literal.Length > 0 ? Literal : Family;

    /// <summary>"Family, Given", or the literal name (RIS author form).</summary>
    /// <returns>The inverted name.</returns>
    public string Inverted() => Literal.Length > 0 ? Literal : $"{Family}, {Given}";
}
