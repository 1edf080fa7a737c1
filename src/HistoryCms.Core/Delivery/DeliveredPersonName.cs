using HistoryCms.Core.Content;

namespace HistoryCms.Core.Delivery;

/// <summary>
/// One person or organization of a document's <c>people</c> property as both Delivery APIs give it:
/// <c>{"name": "Andrei Vyshinsky", "variants": ["Andrey Vyshinsky", "Вышинский"]}</c>. The property stores one line per
/// person, "preferred | variant | variant" (<see cref="PersonName"/>); the pipe is the editor's notation, never delivered.
/// </summary>
/// <param name="Name">The preferred name.</param>
/// <param name="Variants">Other spellings, romanizations and original-script forms, in the order given.</param>
public sealed record DeliveredPersonName(string Name, IReadOnlyList<string> Variants)
{
    private const string MultipleTextstring = "Umbraco.MultipleTextstring";

    /// <summary>Whether a property holds person names with variants (the <c>people</c> property, a multiple textstring).</summary>
    /// <param name="propertyAlias">The property alias.</param>
    /// <param name="editorAlias">The property editor alias.</param>
    /// <returns><c>true</c> when its value is delivered as a list of <see cref="DeliveredPersonName"/>.</returns>
    public static bool Applies(string? propertyAlias, string? editorAlias) =>
        string.Equals(propertyAlias, HistoryAliases.Properties.People, StringComparison.Ordinal)
        && string.Equals(editorAlias, MultipleTextstring, StringComparison.Ordinal);

    /// <summary>Reads a stored value (lines, or a JSON array of lines); lines naming nobody are left out.</summary>
    /// <param name="raw">The stored value.</param>
    /// <returns>The people, in the order stored.</returns>
    public static IReadOnlyList<DeliveredPersonName> Read(string? raw) =>
        [.. StoredValues.Lines(raw).Select(PersonName.Parse).OfType<PersonName>().Select(p => new DeliveredPersonName(p.Preferred, p.Variants))];
}
