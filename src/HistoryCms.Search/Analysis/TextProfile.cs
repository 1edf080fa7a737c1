namespace HistoryCms.Search.Analysis;

/// <summary>How the text of one language is analysed. Every profile handles every script (CJK bigrams, Russian
/// stemming of Cyrillic words, folding); the profile chooses the stemming of Latin-script words and the stop words.</summary>
internal enum TextProfile
{
    /// <summary>No stemming of Latin words, no stop words: the safe choice for any language.</summary>
    Default,

    /// <summary>English: Porter stemming, English stop words.</summary>
    English,

    /// <summary>German: light German stemming, German stop words.</summary>
    German,

    /// <summary>Russian (and other Cyrillic languages): Russian stop words.</summary>
    Russian,

    /// <summary>Chinese, Japanese, Korean: bigrams of CJK characters (as in every profile), no stemming.</summary>
    Cjk,
}

/// <summary>Chooses the <see cref="TextProfile"/> for a language tag.</summary>
internal static class TextProfiles
{
    /// <summary>The profile for a BCP 47 / ISO 639-1 language tag (<c>en</c>, <c>en-GB</c>, <c>ru</c>...).</summary>
    /// <param name="language">The language tag, or <c>null</c>.</param>
    /// <returns>The profile; <see cref="TextProfile.Default"/> for unknown languages.</returns>
    public static TextProfile For(string? language)
    {
        var primary = (language ?? string.Empty).Split('-', '_')[0].ToUpperInvariant();
        return primary switch
        {
            "EN" => TextProfile.English,
            "DE" => TextProfile.German,
            "RU" or "UK" or "BE" or "BG" => TextProfile.Russian,
            "ZH" or "JA" or "KO" => TextProfile.Cjk,
            _ => TextProfile.Default,
        };
    }
}
