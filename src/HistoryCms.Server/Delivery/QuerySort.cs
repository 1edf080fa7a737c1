using HistoryCms.Core.Delivery;
using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Delivery;

/// <summary>One <c>sort=</c> option: a comparison of two items (missing values sort lowest).</summary>
/// <param name="Name">The sort's name as given.</param>
/// <param name="Descending">Whether it runs from high to low.</param>
/// <param name="Compare">Compares two items ascending.</param>
public sealed record QuerySort(string Name, bool Descending, Func<ContentSnapshot, ContentNode, ContentNode, int> Compare)
{
    private static readonly Dictionary<string, Func<ContentSnapshot, ContentNode, ContentNode, int>> BuiltIn = new(StringComparer.OrdinalIgnoreCase)
    {
        ["createDate"] = (_, a, b) => a.CreateDate.CompareTo(b.CreateDate),
        ["updateDate"] = (_, a, b) => a.UpdateDate.CompareTo(b.UpdateDate),
        ["level"] = (_, a, b) => a.Level.CompareTo(b.Level),
        ["sortOrder"] = (_, a, b) => a.Item.SortOrder.CompareTo(b.Item.SortOrder),
        ["name"] = (s, a, b) => s.NameRank(a).CompareTo(s.NameRank(b)),
        ["path"] = (_, a, b) => a.Ordinal.CompareTo(b.Ordinal),
    };

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
            sort = new QuerySort(text, history.Descending, (_, a, b) => Nullable.Compare(a.Index.DateOf(field), b.Index.DateOf(field)));
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

        sort = new QuerySort(text, descending, compare);
        error = null;
        return true;
    }
}
