using System.Globalization;
using System.Text.RegularExpressions;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>A run of text that looks injected, and why.</summary>
/// <param name="Text">The run.</param>
/// <param name="Reason">Why it looks injected, for the report.</param>
internal sealed record SpamHit(string Text, string Reason);

/// <summary>
/// Finds text that looks injected into a page (the way the seed post's organisation name was replaced by a gambling
/// advertisement): a run of letters in another script than the prose around it, gambling vocabulary in any of the
/// languages such spam comes in, and web addresses inside prose. A run in quotation marks, brackets or parentheses (an
/// original-language form, "Andrei Vyshinsky (Андрей Вышинский)") is not flagged unless it holds gambling vocabulary.
/// It only finds; it never changes the text.
/// </summary>
internal static partial class SpamDetector
{
    /// <summary>Words of gambling advertisements in non-Latin scripts (Chinese, Russian), matched inside a run; Latin ones are in <see cref="LatinGamblingWord"/>.</summary>
    private static readonly string[] GamblingWords =
    [
        "六合彩", "彩票", "博彩", "赌场", "赌博", "娱乐城", "百家乐", "时时彩", "老虎机", "棋牌", "真人视讯", "体育投注", "开奖", "下注", "葡京", "威尼斯人", "太阳城", "赌",
        "казино", "букмекер",
    ];

    /// <summary>The spam-looking runs of a text, in order.</summary>
    /// <param name="text">Cleaned text (after encoding repair and the user's rules).</param>
    /// <returns>The hits.</returns>
    public static IReadOnlyList<SpamHit> Find(string text)
    {
        var hits = new List<SpamHit>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return hits;
        }

        var dominant = DominantScript(text);
        foreach (var (run, script, start) in ScriptRuns(text))
        {
            var word = Array.Find(GamblingWords, w => run.Contains(w, StringComparison.OrdinalIgnoreCase));
            if (word is not null)
            {
                hits.Add(new SpamHit(run, $"gambling advertisement vocabulary (\"{word}\") in {script} script"));
            }
            else if (script != dominant && !IsQuoted(text, start, start + run.Length))
            {
                hits.Add(new SpamHit(run, $"a run of {script} script inside {dominant} prose"));
            }
        }

        foreach (Match match in LatinGamblingWord().Matches(text))
        {
            hits.Add(new SpamHit(match.Value, $"gambling advertisement vocabulary (\"{match.Value}\")"));
        }

        foreach (Match match in WebAddress().Matches(text))
        {
            hits.Add(new SpamHit(match.Value, "a web address inside the prose"));
        }

        return hits;
    }

    /// <summary>Whether the run stands in quotation marks, brackets or parentheses, as an original-language form is quoted.</summary>
    private static bool IsQuoted(string text, int start, int end)
    {
        var before = text[..start].TrimEnd();
        var after = text[end..].TrimStart();
        return before.Length > 0 && after.Length > 0 && "(«“\"‘'[".Contains(before[^1], StringComparison.Ordinal) && ")»”\"’']".Contains(after[0], StringComparison.Ordinal);
    }

    private static string DominantScript(string text) =>
        text.Where(char.IsLetter).GroupBy(ScriptOf).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "Latin";

    /// <summary>Maximal runs of letters (and the marks and digits inside them) of one script other than Latin.</summary>
    private static IEnumerable<(string Run, string Script, int Start)> ScriptRuns(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || ScriptOf(text[i]) == "Latin")
            {
                i++;
                continue;
            }

            var script = ScriptOf(text[i]);
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) ? ScriptOf(text[i]) == script : IsInsideRun(text[i]) && !IsSpaceBeforeLatin(text, i)))
            {
                i++;
            }

            yield return (text[start..i].TrimEnd(), script, start);
        }
    }

    private static bool IsInsideRun(char c) =>
        char.IsDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark || c == ' ';

    private static bool IsSpaceBeforeLatin(string text, int i) => text[i] == ' ' && (i + 1 >= text.Length || !char.IsLetter(text[i + 1]) || ScriptOf(text[i + 1]) == "Latin");

    private static string ScriptOf(char c) => c switch
    {
        <= '\u024F' or >= '\u1E00' and <= '\u1EFF' => "Latin",
        >= '\u0370' and <= '\u03FF' => "Greek",
        >= '\u0400' and <= '\u052F' => "Cyrillic",
        >= '\u0590' and <= '\u05FF' => "Hebrew",
        >= '\u0600' and <= '\u06FF' => "Arabic",
        >= '\u0E00' and <= '\u0E7F' => "Thai",
        >= '\u1100' and <= '\u11FF' or >= '\uAC00' and <= '\uD7AF' => "Hangul",
        >= '\u3040' and <= '\u30FF' => "Japanese kana",
        >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => "Han (Chinese)",
        _ => "other",
    };

    [GeneratedRegex(@"\b(?:casinos?|sportsbook|bet365|sbobet|togel|judi online|slot gacor|slot online|poker online|baccarat)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LatinGamblingWord();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]+|\b[a-z0-9-]{2,}\.(?:com|net|cc|vip|top|xyz|biz|info|io|cn|bet|casino)\b(?:/[^\s<>""]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();
}
