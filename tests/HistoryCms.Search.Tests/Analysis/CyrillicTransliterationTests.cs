using HistoryCms.Search.Analysis;
using ICU4N.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace HistoryCms.Search.Tests.Analysis;

public sealed class CyrillicTransliterationTests
{
    [Theory]
    [InlineData("Вышинский", "vyshinskii", "vyshinsky", "vysinskij", "vyshinskij")]
    [InlineData("Хрущёв", "khrushchev", "khrushchyov", "hruscev", "khrushchjov")]
    [InlineData("Ельцин", "eltsin", "yeltsin", "elcin", "eltsin")]
    [InlineData("Андрей", "andrei", "andrey", "andrej", "andrej")]
    [InlineData("Юрий", "iurii", "yury", "jurij", "jurij")]
    [InlineData("Громыко", "gromyko", "gromyko", "gromyko", "gromyko")]
    public void Each_system_romanizes_as_readers_spell_it(string word, string loc, string common, string scholarly, string mixed)
    {
        Assert.Equal(loc, CyrillicTransliteration.Romanize(word, CyrillicTransliteration.LibraryOfCongress));
        Assert.Equal(common, CyrillicTransliteration.Romanize(word, CyrillicTransliteration.CommonEnglish));
        Assert.Equal(scholarly, CyrillicTransliteration.Romanize(word, CyrillicTransliteration.Scholarly));
        Assert.Equal(mixed, CyrillicTransliteration.Romanize(word, CyrillicTransliteration.Mixed));
    }

    [Fact]
    public void Variants_are_distinct_with_Library_of_Congress_first()
    {
        var variants = CyrillicTransliteration.Variants("Громыко");

        Assert.Equal(["gromyko"], variants);
        Assert.Equal("vyshinskii", CyrillicTransliteration.Variants("Вышинский")[0]);
    }

    [Theory]
    [InlineData("Вышинский")]
    [InlineData("Молотов")]
    [InlineData("Громыко")]
    [InlineData("Жуков")]
    [InlineData("Чичерин")]
    [InlineData("Литвинов")]
    public void Scholarly_romanization_agrees_with_ICU_Cyrillic_Latin_once_diacritics_are_folded(string word)
    {
        var icu = Transliterator.GetInstance("Cyrillic-Latin").Transliterate(word);

        Assert.Equal(Fold(icu), CyrillicTransliteration.Romanize(word, CyrillicTransliteration.Scholarly));
    }

    private static string Fold(string text)
    {
        var output = new char[text.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(text.ToCharArray(), 0, output, 0, text.Length);
        return new string(output, 0, length).ToLowerInvariant();
    }
}
