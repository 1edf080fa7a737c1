namespace HistoryCms.Search.Analysis;

/// <summary>
/// The invariant lower case of a UTF-16 code unit from a table built once, with exactly the mapping of
/// <see cref="char.ToLowerInvariant(char)"/>. Analysis lower-cases every letter of every token: outside ASCII,
/// <see cref="char.ToLowerInvariant(char)"/> calls into ICU once per character, which cost more than the rest of the
/// archive chains together on Russian text.
/// </summary>
internal static class InvariantLowerCase
{
    private static readonly char[] Table = Build();

    /// <summary>The invariant lower case of a character (surrogates map to themselves).</summary>
    /// <param name="c">The character.</param>
    /// <returns>Its lower case.</returns>
    public static char Of(char c) => Table[c];

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = (char)c;
        }

        // Two calls over the whole range (surrogates left out, so no pair forms), not 65,536 calls.
        LowerRange(table, 0, 0xD800);
        LowerRange(table, 0xE000, table.Length);
        return table;
    }

    private static void LowerRange(char[] table, int start, int end)
    {
        var span = table.AsSpan(start, end - start);
        var lowered = new string(span).ToLowerInvariant();
        lowered.AsSpan().CopyTo(span);
    }
}
