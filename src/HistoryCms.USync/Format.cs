using System.Globalization;

namespace HistoryCms.USync;

/// <summary>How uSync writes scalar values (as <c>XElement</c> does for .NET values).</summary>
internal static class Format
{
    /// <summary>A key: lower-case, hyphenated.</summary>
    public static string Key(Guid key) => key.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>A boolean as XML writes it: <c>true</c>/<c>false</c>.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A boolean as .NET's <c>ToString()</c> writes it: <c>True</c>/<c>False</c> (uSync's AllowAtRoot, PreventCleanup).</summary>
    public static string PascalBool(bool value) => value ? "True" : "False";

    /// <summary>A number.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date as uSync writes it (<c>"s"</c>: sortable, no offset).</summary>
    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("s", CultureInfo.InvariantCulture);

    /// <summary>Orders aliases as uSync does for ASCII aliases (case-insensitive first, then ordinal).</summary>
    public static IOrderedEnumerable<T> ByAlias<T>(IEnumerable<T> items, Func<T, string> alias) =>
        items.OrderBy(alias, StringComparer.OrdinalIgnoreCase).ThenBy(alias, StringComparer.Ordinal);
}
