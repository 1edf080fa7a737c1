using HistoryCms.Web.Tests.TestSupport;
using static HistoryCms.Web.Tests.TestSupport.PageAssert;

namespace HistoryCms.Web.Tests.Rendering;

/// <summary>The document page shows the Digital Archive's record fields of the sample documents made from real records.</summary>
public sealed class ArchiveRecordFieldsPageTests
{
    private const string Guterres = "/archive/the-chancellors-helmut-kohls-conversation-with-portuguese-prime-minister-guterres-on-17-october-1997-10-am-1115-am/";
    private const string Nehru = "/archive/letter-jawaharlal-nehru-to-all-provincial-premiers/";

    [Fact]
    public async Task A_conversation_shows_its_participants_apart_from_the_contributor_of_the_source()
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync(Guterres);

        IsWellFormedPage(page);
        var metadata = Rows(page.QuerySelector("section[aria-labelledby='document-metadata'] dl")!);
        Assert.Equal("Kohl, Helmut; Guterres, António Manuel de Oliveira", metadata["Participants"]);
        Assert.Equal("Bitterlich, Joachim", metadata["People and organizations"]);
        Assert.Equal("Stephan Kieninger", metadata["Contributed by"]);
        Assert.Equal("October 3, 2023", metadata["Published on the Digital Archive"]);
        Assert.Equal("300241", metadata["Record ID"]);
        Assert.Equal("German", metadata["Original language"]);
        Assert.False(metadata.ContainsKey("Authors"));
        Assert.False(metadata.ContainsKey("Funding"));
        Assert.False(metadata.ContainsKey("Donors"));
        var participants = page.QuerySelectorAll("section[aria-labelledby='document-metadata'] dt")
            .Single(dt => Text(dt) == "Participants").NextElementSibling!.QuerySelector("a")!;
        Assert.Equal("/search?person=Kohl%2C%20Helmut", participants.GetAttribute("href"));
    }

    [Fact]
    public async Task The_archive_record_is_a_link_to_the_records_page_on_the_archive()
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync(Guterres);

        var link = page.QuerySelectorAll("section[aria-labelledby='document-metadata'] dt")
            .Single(dt => Text(dt) == "Digital Archive record").NextElementSibling!.QuerySelector("a")!;
        const string Url = "https://digitalarchive.wilsoncenter.org/document/chancellors-helmut-kohls-conversation-portuguese-prime-minister-guterres-17-october-1997";
        Assert.Equal(Url, link.GetAttribute("href"));
        Assert.Equal(Url, Text(link));
    }

    [Fact]
    public async Task A_letter_shows_its_author_and_its_translation_as_paragraphs()
    {
        await using var host = await PageHost.SampleAsync();
        var page = await host.PageAsync(Nehru);

        IsWellFormedPage(page);
        var metadata = Rows(page.QuerySelector("section[aria-labelledby='document-metadata'] dl")!);
        Assert.Equal("Nehru, Jawaharlal", metadata["Authors"]);
        Assert.Equal("Secret", metadata["Classification"]);
        Assert.Equal("April 1, 1949", metadata["Date"]);
        Assert.False(metadata.ContainsKey("Participants"));
        var paragraphs = page.QuerySelectorAll(".history-translation p").Select(Text).ToList();
        Assert.Equal("Secret.", paragraphs[0]);
        Assert.Equal("My dear premier,", paragraphs[3]);
    }
}
