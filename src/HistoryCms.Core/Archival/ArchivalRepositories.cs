namespace HistoryCms.Core.Archival;

/// <summary>
/// Full names of archives whose abbreviations historians print without explanation (Russian, Ukrainian, German, Chinese,
/// Polish, Hungarian, US, UK and Indian repositories common in Cold War documents). For display only: the parsed text
/// is never changed.
/// </summary>
public static class ArchivalRepositories
{
    /// <summary>Abbreviation (as printed, Latin or Cyrillic) → full name in English.</summary>
    public static IReadOnlyDictionary<string, string> Known { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["RGANI"] = "Russian State Archive of Contemporary History",
        ["РГАНИ"] = "Russian State Archive of Contemporary History",
        ["TsKhSD"] = "Center for the Storage of Contemporary Documentation",
        ["GARF"] = "State Archive of the Russian Federation",
        ["ГАРФ"] = "State Archive of the Russian Federation",
        ["RGASPI"] = "Russian State Archive of Socio-Political History",
        ["РГАСПИ"] = "Russian State Archive of Socio-Political History",
        ["RTsKhIDNI"] = "Russian Center for the Preservation and Study of Records of Modern History",
        ["AVPRF"] = "Archive of Foreign Policy of the Russian Federation",
        ["AVP RF"] = "Archive of Foreign Policy of the Russian Federation",
        ["АВП РФ"] = "Archive of Foreign Policy of the Russian Federation",
        ["APRF"] = "Archive of the President of the Russian Federation",
        ["AP RF"] = "Archive of the President of the Russian Federation",
        ["АП РФ"] = "Archive of the President of the Russian Federation",
        ["RGAE"] = "Russian State Archive of the Economy",
        ["РГАЭ"] = "Russian State Archive of the Economy",
        ["RGALI"] = "Russian State Archive of Literature and Art",
        ["РГАЛИ"] = "Russian State Archive of Literature and Art",
        ["RGVA"] = "Russian State Military Archive",
        ["РГВА"] = "Russian State Military Archive",
        ["RGAVMF"] = "Russian State Archive of the Navy",
        ["RGIA"] = "Russian State Historical Archive",
        ["TsAMO"] = "Central Archive of the Ministry of Defense of the Russian Federation",
        ["TsAMO RF"] = "Central Archive of the Ministry of Defense of the Russian Federation",
        ["ЦАМО"] = "Central Archive of the Ministry of Defense of the Russian Federation",
        ["ЦАМО РФ"] = "Central Archive of the Ministry of Defense of the Russian Federation",
        ["HDA SBU"] = "Sectoral State Archive of the Security Service of Ukraine",
        ["TsDAHO"] = "Central State Archive of Public Organizations of Ukraine",
        ["BArch"] = "German Federal Archives",
        ["BArch-MA"] = "Military Archives of the German Federal Archives",
        ["SAPMO-BArch"] = "Foundation Archives of Parties and Mass Organizations of the GDR in the German Federal Archives",
        ["PA AA"] = "Political Archive of the Federal Foreign Office",
        ["BStU"] = "Stasi Records Archive",
        ["PRC FMA"] = "Foreign Ministry Archive of the People's Republic of China",
        ["AAN"] = "Archive of Modern Records, Warsaw",
        ["MNL OL"] = "National Archives of Hungary",
        ["NARA"] = "National Archives and Records Administration",
        ["TNA"] = "The National Archives of the United Kingdom",
        ["UCDA"] = "UCD Archives",
        ["NMML"] = "Nehru Memorial Museum and Library",
    };

    /// <summary>The full name of a well-known repository abbreviation (exact, case-sensitive: "RGANI", "BArch", "PRC FMA").</summary>
    /// <param name="abbreviation">The abbreviation as printed.</param>
    /// <returns>The full name, or <c>null</c> when the abbreviation is not a well-known one.</returns>
    public static string? FullName(string? abbreviation) =>
        abbreviation is not null && Known.TryGetValue(abbreviation.Trim(), out var name) ? name : null;

    /// <summary>The longest well-known abbreviation that <paramref name="text"/> starts with, followed by a space or the end.</summary>
    internal static string? PrefixOf(string text) =>
        Known.Keys
            .Where(k => text.StartsWith(k, StringComparison.Ordinal) && (text.Length == k.Length || char.IsWhiteSpace(text[k.Length])))
            .MaxBy(k => k.Length);
}
