namespace HistoryCms.Core.Content;

/// <summary>
/// A person or organization named in a document, with the other spellings it goes by: one line of the <c>people</c>
/// property, "preferred | variant | variant", e.g. "Andrei Vyshinsky | Andrey Vyshinsky | Вышинский".
/// </summary>
/// <param name="Preferred">The preferred name.</param>
/// <param name="Variants">Other spellings, romanizations and original-script forms, in the order given, without duplicates.</param>
public sealed record PersonName(string Preferred, IReadOnlyList<string> Variants)
{
    /// <summary>The preferred name, then the variants.</summary>
    public IEnumerable<string> AllNames => Variants.Prepend(Preferred);

    /// <summary>Reads one line ("preferred | variant | variant"); <c>null</c> when it names nobody.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The name, or <c>null</c>.</returns>
    public static PersonName? Parse(string? line)
    {
        var names = (line ?? string.Empty).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return names.Length == 0
            ? null
            : new PersonName(names[0], [.. names.Skip(1).Distinct(StringComparer.Ordinal).Where(n => !string.Equals(n, names[0], StringComparison.Ordinal))]);
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(" | ", AllNames);
}
