namespace HistoryCms.Server.Delivery;

/// <summary>
/// A parsed <c>fields</c> or <c>expand</c> value: <c>properties[$all]</c>, <c>properties[a,b]</c>, or nested
/// <c>properties[a[properties[x,y]]]</c>.
/// </summary>
public sealed class PropertySelection
{
    private const string Keyword = "properties";
    private const int MaxDepth = 8;
    private readonly Dictionary<string, PropertySelection?> _aliases;

    private PropertySelection(bool all, PropertySelection? allNested, Dictionary<string, PropertySelection?> aliases)
    {
        All = all;
        AllNested = allNested;
        _aliases = aliases;
    }

    /// <summary>Every property, nothing nested.</summary>
    public static PropertySelection Everything { get; } = new(true, null, new(StringComparer.OrdinalIgnoreCase));

    /// <summary>No property (an expanded item whose own pickers stay shallow).</summary>
    public static PropertySelection None { get; } = new(false, null, new(StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether every property is selected (<c>$all</c>).</summary>
    public bool All { get; }

    /// <summary>The nested selection given with <c>$all</c>, if any.</summary>
    public PropertySelection? AllNested { get; }

    /// <summary>Whether a property is selected.</summary>
    /// <param name="alias">The property alias.</param>
    /// <returns><c>true</c> when selected.</returns>
    public bool Includes(string alias) => All || _aliases.ContainsKey(alias);

    /// <summary>The nested selection of a property (what applies to the items it holds), or <c>null</c>.</summary>
    /// <param name="alias">The property alias.</param>
    /// <returns>The nested selection.</returns>
    public PropertySelection? Nested(string alias) =>
        _aliases.TryGetValue(alias, out var nested) && nested is not null ? nested : AllNested;

    /// <summary>Parses a <c>fields</c> or <c>expand</c> value.</summary>
    /// <param name="text">The value; blank means "not given".</param>
    /// <param name="selection">The selection, or <c>null</c> when blank or bad.</param>
    /// <param name="error">What is wrong, with the position; <c>null</c> on success.</param>
    /// <returns><c>true</c> when blank or valid.</returns>
    public static bool TryParse(string? text, out PropertySelection? selection, out string? error)
    {
        selection = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var position = 0;
        selection = ParseSelection(text.Trim(), ref position, 0, ref error);
        if (selection is not null && position != text.Trim().Length)
        {
            error = $"unexpected '{text.Trim()[position]}' at position {position + 1}";
            selection = null;
        }

        return selection is not null;
    }

    private static PropertySelection? ParseSelection(string text, ref int position, int depth, ref string? error)
    {
        if (depth > MaxDepth)
        {
            error = $"nested more than {MaxDepth} levels deep";
            return null;
        }

        if (string.CompareOrdinal(text, position, Keyword, 0, Keyword.Length) != 0 || position + Keyword.Length >= text.Length || text[position + Keyword.Length] != '[')
        {
            error = $"expected 'properties[' at position {position + 1}";
            return null;
        }

        position += Keyword.Length + 1;
        var all = false;
        PropertySelection? allNested = null;
        var aliases = new Dictionary<string, PropertySelection?>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            var start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '_' or '$' or '-'))
            {
                position++;
            }

            var alias = text[start..position];
            PropertySelection? nested = null;
            if (position < text.Length && text[position] == '[')
            {
                if (alias.Length == 0)
                {
                    error = $"a nested selection needs a property alias before '[' at position {position + 1}";
                    return null;
                }

                position++;
                nested = ParseSelection(text, ref position, depth + 1, ref error);
                if (nested is null)
                {
                    return null;
                }

                if (position >= text.Length || text[position] != ']')
                {
                    error = $"expected ']' at position {position + 1}";
                    return null;
                }

                position++;
            }

            if (alias == "$all")
            {
                all = true;
                allNested = nested;
            }
            else if (alias.Length > 0)
            {
                aliases[alias] = nested;
            }

            if (position >= text.Length)
            {
                error = "missing ']' at the end";
                return null;
            }

            if (text[position] == ',')
            {
                position++;
                continue;
            }

            if (text[position] == ']')
            {
                position++;
                return new PropertySelection(all, allNested, aliases);
            }

            error = $"unexpected '{text[position]}' at position {position + 1}";
            return null;
        }
    }
}
