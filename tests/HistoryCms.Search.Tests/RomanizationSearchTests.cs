namespace HistoryCms.Search.Tests;

/// <summary>Names spelled many ways find each other, both ways, and the original script stays searchable.</summary>
public sealed class RomanizationSearchTests
{
    [Theory]
    [InlineData("Vyshinsky")]
    [InlineData("Vyshinskii")]
    [InlineData("Vyshinskij")]
    [InlineData("Vysinskij")]
    [InlineData("Vyshinskiy")]
    [InlineData("vyshinsky")]
    [InlineData("Вышинский")]
    [InlineData("Вышинского")]
    [InlineData("\"Vyshinsky сказал\"")]
    public async Task Latin_and_Cyrillic_spellings_find_a_Russian_document(string query)
    {
        var (index, search) = await Docs.InMemory(
            Docs.Make("Запись беседы", "Вышинский сказал, что делегация согласна.", language: "ru"),
            Docs.Make("Unrelated", "Nothing about the prosecutor."));
        using var _ = index;

        Assert.Equal(["Запись беседы"], search.Find(query).Titles());
    }

    [Theory]
    [InlineData("Вышинский")]
    [InlineData("Вышинским")]
    [InlineData("Vyshinskii")]
    public async Task Cyrillic_and_other_romanizations_find_an_English_text_that_spells_the_name_one_way(string query)
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Memorandum", "Vyshinsky objected to the draft."), Docs.Make("Other", "Molotov agreed."));
        using var _ = index;

        Assert.Equal(["Memorandum"], search.Find(query).Titles());
    }

    [Theory]
    [InlineData("Sato")]
    [InlineData("Satō")]
    [InlineData("SATO")]
    public async Task Macrons_fold_both_ways(string query)
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Cable from Tokyo", "Prime Minister Satō received the envoy."), Docs.Make("Note", "Prime Minister Sato replied."));
        using var _ = index;

        Assert.Equal(2, search.Find(query).Total);
    }

    [Theory]
    [InlineData("Pak Seong-cheol")]
    [InlineData("Pak Song Chol")]
    [InlineData("\"pak song chol\"")]
    [InlineData("박성철")]
    public async Task Known_name_variants_from_people_fields_expand_to_each_other(string query)
    {
        var withVariants = Docs.Make("Record with people", "The premier met the delegation.") with
        {
            People = [new SearchPerson("Pak Seong-cheol", ["Pak Song Chol", "박성철"])],
        };
        var (index, search) = await Docs.InMemory(
            withVariants,
            Docs.Make("Cable naming one spelling", "Pak Song Chol arrived in Moscow."),
            Docs.Make("Cable naming the other", "Premier Pak Seong-cheol spoke."),
            Docs.Make("Korean original", "박성철 총리는 대표단을 만났다.", language: "ko"),
            Docs.Make("Unrelated", "Kim Il Sung and Pak Hon-yong."));
        using var _ = index;

        var titles = search.Find(query).Titles();

        Assert.Equal(4, titles.Count);
        Assert.DoesNotContain("Unrelated", titles);
    }

    [Fact]
    public async Task The_original_script_stays_searchable_next_to_its_romanizations()
    {
        var (index, search) = await Docs.InMemory(
            Docs.Make("Запись", "Громыко и Вышинский обсудили делегацию.", language: "ru"),
            Docs.Make("Translation", "Gromyko and Vyshinsky discussed the delegation."));
        using var _ = index;

        Assert.Equal(2, search.Find("Громыко").Total);
        Assert.Equal(2, search.Find("Gromyko").Total);
        Assert.Equal(2, search.Find("\"Громыко и Вышинский\"").Total);
        Assert.Equal(["Запись"], search.Find("делегация").Titles());
    }
}
