namespace HistoryCms.Search.Tests.Snippets;

public sealed class SnippetTests
{
    private const string LongText =
        "The first part of this long translation speaks of harvests, rail timetables and the weather in the provinces, " +
        "and goes on for a while about the supply of paper to the ministries and the repair of roads after the winter. " +
        "Then Вышинский said that the delegation would accept the armistice terms only if the prisoners were exchanged. " +
        "The rest of the record lists the participants, the time the meeting ended and who kept the minutes of it.";

    [Fact]
    public async Task The_snippet_marks_the_original_word_a_romanized_query_matched()
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Record", LongText));
        using var _ = index;

        var snippet = Assert.Single(search.Find("Vyshinsky armistice").Results).Snippet;

        Assert.NotNull(snippet);
        Assert.Contains("<mark>Вышинский</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>armistice</mark>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < 300);
    }

    [Fact]
    public async Task Text_around_the_match_is_HTML_escaped()
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Hostile", "A <script>alert('x')</script> & the treaty \"text\"."));
        using var _ = index;

        var snippet = Assert.Single(search.Find("treaty").Results).Snippet;

        Assert.Equal("A &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the <mark>treaty</mark> &quot;text&quot;.", snippet);
    }

    [Fact]
    public async Task Stemmed_and_prefix_matches_are_marked_on_the_words_as_written()
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Stems", "Several conferences were held; the conference hall was armed."));
        using var _ = index;

        Assert.Equal("Several <mark>conferences</mark> were held; the <mark>conference</mark> hall was armed.", search.Find("conference").Results[0].Snippet);
        Assert.Equal("Several conferences were held; the conference hall was <mark>armed</mark>.", search.Find("arm*").Results[0].Snippet);
    }

    [Fact]
    public async Task A_match_outside_the_body_gives_the_start_of_the_body_unmarked()
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Stenogram", LongText));
        using var _ = index;

        var snippet = search.Find("stenogram").Results[0].Snippet;

        Assert.Equal(LongText[..220], snippet![..220]);
        Assert.DoesNotContain("<mark>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("The first part of this long translation speaks of <mark>harvests</mark>,", search.Find("harvests").Results[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippets_can_be_turned_off()
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Record", LongText));
        using var _ = index;

        Assert.Null(search.Find("armistice", r => r with { Snippets = false }).Results[0].Snippet);
    }

    // Issue 14: an archival document without a translation had no snippet, and one whose summary matched showed none of it.
    [Fact]
    public async Task A_document_whose_summary_alone_matches_shows_the_summary_highlighted()
    {
        const string Summary = "Vyshinsky offered a fiery rebuttal to US Secretary of State George Marshall, who spoke the previous day.";
        var (index, search) = await Docs.InMemory(
            Docs.Make("Speech at the General Assembly") with { Extra = [Summary, "RGANI, f. 5, op. 30, d. 1"] },
            Docs.Make("Cable from Moscow", LongText) with { Extra = ["The rebuttal in a cable."] });
        using var _ = index;

        var hits = search.Find("rebuttal").Results.ToDictionary(r => r.Title, r => r.Snippet);

        Assert.Equal(Summary.Replace("rebuttal", "<mark>rebuttal</mark>", StringComparison.Ordinal), hits["Speech at the General Assembly"]);
        Assert.Equal("The <mark>rebuttal</mark> in a cable.", hits["Cable from Moscow"]);
    }

    [Fact]
    public async Task A_post_that_matches_only_in_its_caption_gets_the_caption_as_its_snippet()
    {
        const string Caption = "Delegates leave the Palais de Chaillot after the vote on Korea, 1948.";
        var (index, search) = await Docs.InMemory(
            Docs.Make("Failed Diplomacy", LongText, type: Docs.Post) with { Extra = ["A standfirst about the negotiations.", Caption] });
        using var _ = index;

        Assert.Equal(
            "Delegates leave the Palais de <mark>Chaillot</mark> after the vote on Korea, 1948.",
            Assert.Single(search.Find("Chaillot").Results).Snippet);
    }

    [Fact]
    public async Task A_document_without_a_body_shows_the_start_of_its_summary_when_only_its_title_matches()
    {
        var (index, search) = await Docs.InMemory(Docs.Make("Stenogram") with { Extra = ["A summary of the meeting."] });
        using var _ = index;

        Assert.Equal("A summary of the meeting.", Assert.Single(search.Find("stenogram").Results).Snippet);
    }
}
