using HistoryCms.Search.Analysis;

namespace HistoryCms.Search.Tests.Analysis;

public sealed class RomanizationKeyTests
{
    [Theory]
    [InlineData("Vyshinsky", "Vyshinskii", "Vyshinskiy", "Vyshinskij", "Vysinskij", "Wyschinski", "Вышинский", "Вышинского", "Вышинским")]
    [InlineData("Khrushchev", "Khrushchyov", "Hruščev", "Хрущёв", "Хрущёва", "Хрущёвым", "Khrushcheva", "Khrushchev", "Khrushchev")]
    [InlineData("Yeltsin", "El'tsin", "Elcin", "Jelcin", "Ельцин", "Ельцина", "Eltsin", "Yeltsina", "Ельцину")]
    [InlineData("Molotov", "Молотов", "Молотова", "Молотову", "Молотовым", "Molotova", "Molotov", "Molotov", "Molotov")]
    [InlineData("Satō", "Sato", "SATO", "Satō", "Sato", "Sato", "Sato", "Sato", "Sato")]
    public void Spellings_of_one_name_share_a_key(params string[] spellings)
    {
        var keys = spellings.Select(Key).Distinct().ToList();

        Assert.Single(keys);
        Assert.StartsWith("~", keys[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Molotov", "Stalin")]
    [InlineData("Вышинский", "Молотов")]
    [InlineData("Gromyko", "Gorbachev")]
    public void Different_names_get_different_keys(string one, string other) => Assert.NotEqual(Key(one), Key(other));

    [Theory]
    [InlineData("Li")]
    [InlineData("Ян")]
    [InlineData("")]
    public void Words_shorter_than_three_letters_get_no_key(string word) => Assert.Null(Key(word));

    private static string? Key(string word) =>
        word.Length > 0 && CyrillicTransliteration.IsCyrillic(word[0]) ? RomanizationKey.ForCyrillic(word) : RomanizationKey.ForLatin(word);
}
