using HistoryCms.Search.Analysis;

namespace HistoryCms.Search.Tests.Analysis;

public sealed class InvariantLowerCaseTests
{
    [Fact]
    public void The_table_maps_every_character_as_char_ToLowerInvariant_does()
    {
        var differences = Enumerable.Range(0, char.MaxValue + 1)
            .Select(i => (char)i)
            .Where(c => !char.IsSurrogate(c) && InvariantLowerCase.Of(c) != char.ToLowerInvariant(c))
            .Select(c => $"U+{(int)c:X4}")
            .ToList();

        Assert.Empty(differences);
    }

    [Theory]
    [InlineData('В', 'в')]
    [InlineData('Ё', 'ё')]
    [InlineData('Ō', 'ō')]
    [InlineData('Ä', 'ä')]
    [InlineData('Ω', 'ω')]
    [InlineData('\uD800', '\uD800')]
    [InlineData('박', '박')]
    public void Letters_of_every_script_lower_case_and_others_stay(char upper, char lower) =>
        Assert.Equal(lower, InvariantLowerCase.Of(upper));

    [Fact]
    public void A_capitalized_stop_word_is_still_not_taken_for_a_name()
    {
        using var analyzer = new SiteSearchAnalyzer(TextProfile.Default, AnalyzerMode.Index);
        using var stream = analyzer.GetTokenStream("body", "The Этот Molotov");
        var type = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ITypeAttribute>();
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        var romanized = new List<string>();
        while (stream.IncrementToken())
        {
            if (type.Type == RomanizationFilter.RomanizedType)
            {
                romanized.Add(term.ToString());
            }
        }

        stream.End();
        Assert.Equal([RomanizationKey.ForLatin("Molotov")!], romanized);
    }
}
