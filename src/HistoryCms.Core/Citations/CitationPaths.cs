using System.Globalization;

namespace HistoryCms.Core.Citations;

/// <summary>Paths of the parts of a citations value, as validation messages name them (e.g. <c>citations[2].locator.value</c>).</summary>
public static class CitationPaths
{
    /// <summary>The version field.</summary>
    public const string Version = "v";

    /// <summary>The citations array.</summary>
    public const string Citations = "citations";

    /// <summary>The citation at <paramref name="index"/> (0-based).</summary>
    /// <param name="index">The index in the array.</param>
    /// <returns>The path.</returns>
    public static string Item(int index) => string.Create(CultureInfo.InvariantCulture, $"citations[{index}]");

    /// <summary>A field of the citation at <paramref name="index"/>.</summary>
    /// <param name="index">The index in the array.</param>
    /// <param name="field">The field path, e.g. <c>locator.value</c>.</param>
    /// <returns>The path.</returns>
    public static string Field(int index, string field) => Item(index) + "." + field;
}
