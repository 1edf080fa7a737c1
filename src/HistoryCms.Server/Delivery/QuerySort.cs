using HistoryCms.Core.Delivery;
using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Delivery;

/// <summary>One <c>sort=</c> option: a numeric sort key per item, ascending (missing values sort lowest).</summary>
/// <param name="Name">The sort's name as given.</param>
/// <param name="Descending">Whether it runs from high to low.</param>
/// <param name="Field">What it sorts by, one name per key function (the key of the snapshot's sort index).</param>
/// <param name="Key">The item's sort key (dates as ticks, names as their rank among all names).</param>
public sealed record QuerySort(string Name, bool Descending, string Field, Func<ContentSnapshot, ContentNode, long> Key)
{
    private static readonly Dictionary<string, Func<ContentSnapshot, ContentNode, long>> BuiltIn = new(StringComparer.OrdinalIgnoreCase)
    {
        ["createDate"] = (_, n) => n.CreateDate.Ticks,
        ["updateDate"] = (_, n) => n.UpdateDate.Ticks,
        ["level"] = (_, n) => n.Level,
        ["sortOrder"] = (_, n) => n.Item.SortOrder,
        ["name"] = (s, n) => s.NameRank(n),
        ["path"] = (_, n) => n.Ordinal,
    };

    /// <summary>The key of an item in this sort's direction: larger sorts later.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="node">The item.</param>
    /// <returns>The key (bitwise complement when descending, which reverses the order without overflow).</returns>
    public long DirectedKey(ContentSnapshot snapshot, ContentNode node)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(node);
        var key = Keys(snapshot)[node.Ordinal];
        return Descending ? ~key : key;
    }

    /// <summary>Every item's key (ascending direction), by ordinal, from the snapshot's sort index.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The keys.</returns>
    public long[] Keys(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.SortKeys.Keys(Field, Key);
    }

    /// <summary>Every item's ordinal ascending by key, equal keys in tree order, from the snapshot's sort index.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The ordinals.</returns>
    public int[] Order(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.SortKeys.Order(Field, Key);
    }

    /// <summary>The keys in the order of <see cref="Order"/>, ascending.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The keys.</returns>
    public long[] OrderedKeys(ContentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.SortKeys.OrderedKeys(Field, Key);
    }

    /// <summary>The sort index name of one of the package's dates (shared by its sort and its filter).</summary>
    /// <param name="field">The field's name.</param>
    /// <returns>The name.</returns>
    internal static string HistoryField(string field) => "history:" + field;

    /// <summary>The sort index name of a built-in sort (<c>createDate</c> and <c>updateDate</c> shared with their filters).</summary>
    /// <param name="name">The sort's name, any case.</param>
    /// <returns>The name.</returns>
    internal static string BuiltInField(string name) => name.ToUpperInvariant();

    /// <summary>The names of every sort, built-in and the package's.</summary>
    public static IEnumerable<string> Names => BuiltIn.Keys.Concat(HistoryQueryFields.Sorts.Select(s => s.Name));

    /// <summary>Parses <c>name:asc</c> / <c>name:desc</c>.</summary>
    /// <param name="text">The <c>sort=</c> value.</param>
    /// <param name="sort">The sort, or <c>null</c>.</param>
    /// <param name="error">What is wrong; <c>null</c> on success.</param>
    /// <returns><c>true</c> on success.</returns>
    public static bool TryParse(string text, out QuerySort? sort, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        sort = null;
        if (HistoryQueryParser.CanHandleSort(text))
        {
            if (!HistoryQueryParser.TryParseSort(text, out var history, out error))
            {
                return false;
            }

            var field = history!.FieldName;
            sort = new QuerySort(text, history.Descending, HistoryField(field), DateQueryFilter.KeyOf(n => n.Index.DateOf(field)));
            return true;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? text : text[..colon];
        if (!BuiltIn.TryGetValue(name, out var compare))
        {
            error = $"Sort option '{text}' does not exist. Sort by one of: {string.Join(", ", Names)}; add ':asc' or ':desc'.";
            return false;
        }

        var direction = colon < 0 ? string.Empty : text[(colon + 1)..];
        if (!HistoryQueryParser.TryParseDirection(direction, out var descending))
        {
            error = $"Sort '{text}': the direction must be 'asc' or 'desc', not '{direction}'.";
            return false;
        }

        sort = new QuerySort(text, descending, BuiltInField(name), compare);
        error = null;
        return true;
    }
}
