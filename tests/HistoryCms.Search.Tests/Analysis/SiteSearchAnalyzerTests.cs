using HistoryCms.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryCms.Search.Tests.Analysis;

public sealed class SiteSearchAnalyzerTests
{
    [Fact]
    public void A_capitalized_Cyrillic_name_keeps_its_original_and_gains_its_romanizations_at_the_same_position()
    {
        var tokens = Tokens(TextProfile.Russian, "Вышинский");

        Assert.All(tokens, t => Assert.Equal(0, t.Position));
        Assert.Contains(tokens, t => t.Term.StartsWith("вышинск", StringComparison.Ordinal));
        Assert.Superset(new HashSet<string> { "vyshinskii", "vyshinsky", "vysinskij", "~visinsk" }, tokens.Select(t => t.Term).ToHashSet());
    }

    [Fact]
    public void Lower_case_Cyrillic_words_are_not_romanized() =>
        Assert.DoesNotContain(Tokens(TextProfile.Russian, "переговоры"), t => t.Term.All(char.IsAscii));

    [Fact]
    public void A_capitalized_Latin_word_gains_its_romanization_key_and_stays_unstemmed_there()
    {
        var terms = Tokens(TextProfile.English, "Vyshinsky spoke").Select(t => t.Term).ToList();

        Assert.Equal(["vyshinski", "~visinsk", "spoke"], terms);
    }

    [Theory]
    [InlineData("en", "conferences", "confer")]
    [InlineData("de", "Verhandlungen", "verhandlung")]
    [InlineData("ru", "переговорами", "переговор")]
    [InlineData("fr", "conferences", "conferences")]
    [InlineData("ja", "Satō", "sato")]
    [InlineData("en", "Ｕｎｉｔｅｄ", "unit")]
    public void Each_language_stems_and_folds_its_own_way(string language, string word, string expected) =>
        Assert.Equal(expected, Tokens(TextProfiles.For(language), word).First().Term);

    [Fact]
    public void Korean_text_is_indexed_as_overlapping_bigrams() =>
        Assert.Equal(["박성", "성철"], Tokens(TextProfile.Cjk, "박성철").Select(t => t.Term));

    [Fact]
    public void Stop_words_leave_a_position_gap() =>
        Assert.Equal([(0, "minist"), (2, "foreign"), (3, "affair")], Tokens(TextProfile.English, "minister of foreign affairs").Select(t => (t.Position, t.Term)));

    [Fact]
    public void Romanized_tokens_share_the_offsets_of_the_original_word()
    {
        var tokens = Tokens(TextProfile.English, "Said Вышинский.");

        Assert.All(tokens.Where(t => t.Position == 1), t => Assert.Equal((5, 14), (t.Start, t.End)));
    }

    [Fact]
    public void A_reused_chain_romanizes_each_name_as_its_own_and_a_repeated_name_alike()
    {
        using var analyzer = new SiteSearchAnalyzer(TextProfile.Russian, AnalyzerMode.Index);
        var first = Terms(analyzer, "Вышинский и Молотов");
        var second = Terms(analyzer, "Молотов и Вышинский и Молотов");

        Assert.Contains("vyshinsky", first);
        Assert.Contains("molotov", first);
        Assert.Equal(2, second.Count(t => t == "molotov"));
        Assert.Single(second, t => t == "vyshinsky");
        Assert.Equal(first.Where(t => t.All(char.IsAscii)).Order(), second.Where(t => t.All(char.IsAscii)).Distinct().Order());
    }

    private static List<string> Terms(SiteSearchAnalyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    internal static List<(int Position, string Term, int Start, int End)> Tokens(TextProfile profile, string text)
    {
        using var analyzer = new SiteSearchAnalyzer(profile, AnalyzerMode.Index);
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var tokens = new List<(int, string, int, int)>();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((position, term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
