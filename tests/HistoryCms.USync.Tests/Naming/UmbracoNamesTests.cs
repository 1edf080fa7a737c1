using HistoryCms.USync.Naming;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Strings;

namespace HistoryCms.USync.Tests.Naming;

public class UmbracoNamesTests
{
    private static readonly DefaultShortStringHelper Umbraco = new(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    public static TheoryData<string> Names() =>
    [
        "Failed Diplomacy: Soviet-American Relations and the Division of Korea",
        "History - Post body", "History - Archival document picker", "Content Picker", "Multi URL Picker", "Label (bigint)",
        "historyPostAuthor", "historyBlogPost", "Wilson Center", "US draft resolution on Korea", "V.M. Molotov’s note",
        "US draft resolution on Korea (A/C.1/218)", "Café Zürich — “Ærø” 1947", "Łódź Straße œuvre Þór", "Дело 5", "Вышинский",
        "Щука и Жук", "东京 Tokyo", "Ελλάδα", "Andrei_Vyshinsky 2 x", "1947 Speech", "_x y", "  lead  ", "Ç'est l'été & co + 5*3?",
        "naïve—dash–en", "a.b.c", "don't", "A\u00a0B", "…ellipsis", "CONTENT picker", "ABC def", "a-b-c", "",
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public void Url_segments_are_those_Umbraco_computes(string name) =>
        Assert.Equal(Umbraco.CleanStringForUrlSegment(name), UmbracoNames.UrlSegment(name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Safe_file_names_are_those_Umbraco_computes(string name) =>
        Assert.Equal(Umbraco.CleanStringForSafeFileName(name), UmbracoNames.SafeFileName(name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Safe_aliases_are_those_Umbraco_computes(string name) =>
        Assert.Equal(Umbraco.CleanStringForSafeAlias(name), UmbracoNames.SafeAlias(name));

    [Theory]
    [InlineData("Failed Diplomacy: Soviet-American Relations and the Division of Korea", "failed-diplomacy-soviet-american-relations-and-the-division-of-korea")]
    [InlineData("North Korea International Documentation Project", "north-korea-international-documentation-project")]
    [InlineData("Marshall’s speech", "marshall-s-speech")]
    [InlineData("Café", "cafe")]
    public void A_url_segment_is_lower_case_ascii_joined_by_hyphens(string name, string segment) =>
        Assert.Equal(segment, UmbracoNames.UrlSegment(name));

    [Theory]
    [InlineData("History - Post body", "HistoryPostBody")]
    [InlineData("historyPostCitesDocument", "historyPostCitesDocument")]
    [InlineData("Wilson Center", "WilsonCenter")]
    public void A_safe_alias_keeps_the_first_word_and_capitalises_the_others(string name, string alias) =>
        Assert.Equal(alias, UmbracoNames.SafeAlias(name));

    [Fact]
    public void A_url_segment_is_cut_at_240_characters() =>
        Assert.Equal(240, UmbracoNames.UrlSegment(string.Concat(Enumerable.Repeat("word ", 100))).Length);
}
