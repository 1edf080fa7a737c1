namespace HistoryCms.Core.Citations;

/// <summary>
/// English names of the languages an original may be in, as the digital archive writes them in its records and
/// RIS exports ("Russian", not "ru"). A fixed table rather than <see cref="System.Globalization.CultureInfo"/>, whose
/// names depend on the ICU data of the machine.
/// </summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = "Arabic", ["be"] = "Belarusian", ["bg"] = "Bulgarian", ["cs"] = "Czech", ["de"] = "German",
        ["el"] = "Greek", ["en"] = "English", ["es"] = "Spanish", ["et"] = "Estonian", ["fa"] = "Persian",
        ["fi"] = "Finnish", ["fr"] = "French", ["he"] = "Hebrew", ["hi"] = "Hindi", ["hr"] = "Croatian",
        ["hu"] = "Hungarian", ["hy"] = "Armenian", ["it"] = "Italian", ["ja"] = "Japanese", ["ka"] = "Georgian",
        ["kk"] = "Kazakh", ["ko"] = "Korean", ["lt"] = "Lithuanian", ["lv"] = "Latvian", ["mn"] = "Mongolian",
        ["nl"] = "Dutch", ["pl"] = "Polish", ["pt"] = "Portuguese", ["ro"] = "Romanian", ["ru"] = "Russian",
        ["sk"] = "Slovak", ["sl"] = "Slovenian", ["sq"] = "Albanian", ["sr"] = "Serbian", ["sv"] = "Swedish",
        ["tr"] = "Turkish", ["uk"] = "Ukrainian", ["uz"] = "Uzbek", ["vi"] = "Vietnamese", ["zh"] = "Chinese",
    };

    /// <summary>The English name of a language code (ISO 639-1, optionally with subtags: "ru", "sr-Latn"); other text (a name already) is returned trimmed.</summary>
    /// <param name="language">The language code or name.</param>
    /// <returns>The English name, e.g. "Russian".</returns>
    public static string EnglishName(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var text = language.Trim();
        var primary = text.Split('-', 2)[0];
        return English.TryGetValue(primary, out var name) ? name : text;
    }

    /// <summary>The ISO 639-1 code of an English language name ("Russian" → "ru"), as an import maps the archive's names; <c>null</c> when the name is not known.</summary>
    /// <param name="name">The English name.</param>
    /// <returns>The code, or <c>null</c>.</returns>
    public static string? CodeOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Trim();
        return English.FirstOrDefault(pair => string.Equals(pair.Value, text, StringComparison.OrdinalIgnoreCase)).Key;
    }
}
