using HistoryCms.Core;
using HistoryCms.Search.Contributors;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Search.Tests.Contributors;

public sealed class ContributorTests
{
    private readonly SampleContent _content = new();

    private SearchDocument Contribute(Guid key) =>
        new SiteIndexFeed(SiteIndex.InMemory(), _content).DocumentOf(_content.Find(key)!)!;

    [Fact]
    public void An_archival_document_contributes_its_translation_as_plain_text_and_every_facet()
    {
        var document = Contribute(SampleContent.Document);

        Assert.Equal("[p. 1] Вышинский said the <draft> was acceptable.", document.Body);
        Assert.Equal(HistoryAliases.ContentTypes.ArchivalDocument, document.Type);
        Assert.Equal((new DateOnly(1952, 3, 1), new DateOnly(1952, 3, 31)), (document.Date!.Start, document.Date.End));
        Assert.Equal(["North Korea Project", "History and Public Policy"], document.Programs.Select(p => p.Label));
        Assert.Equal("RGANI", document.Repository);
        Assert.Equal(["ru"], document.Languages);
        Assert.Equal("Memorandum of Conversation", document.Genre);
        Assert.Equal(["Korean War", "Armistice"], document.Subjects);
        Assert.Equal(["Moscow"], document.Places);
        Assert.Equal("Andrei Vyshinsky", document.People[0].Name);
        Assert.Equal(["Вышинский", "Vyshinskii"], document.People[0].Variants);
        Assert.Contains("Запись беседы", document.Extra);
        Assert.Equal([SampleContent.Archive], document.Ancestors);
    }

    [Fact]
    public void An_archival_documents_authors_and_participants_are_its_people_after_the_indexed_ones()
    {
        var document = Contribute(AddRecordDocument());

        Assert.Equal(["Bitterlich, Joachim", "Nehru, Jawaharlal", "Kohl, Helmut", "Guterres, António Manuel de Oliveira"], document.People.Select(p => p.Name));
        Assert.Equal(["Joachim Bitterlich"], document.People[0].Variants);
        Assert.Contains("Document translated with support from a foundation.", document.Extra);
        Assert.Contains("A Donor", document.Extra);
        Assert.DoesNotContain(document.Extra, e => e.Contains("digitalarchive", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_is_found_by_a_participants_name_and_counted_in_the_people_facet()
    {
        var key = AddRecordDocument();
        using var index = SiteIndex.InMemory();
        await new SiteIndexFeed(index, _content).RebuildAsync(TestContext.Current.CancellationToken);
        var search = new LuceneSiteSearch(index);

        Assert.Equal(["Conversation with Guterres"], search.Find("Guterres Kohl").Titles());
        Assert.Equal(["Conversation with Guterres"], search.Find("Nehru").Titles());
        Assert.Equal(0, search.Find("digitalarchive").Total);
        var people = search.Find(null).Facets.Single(f => f.Name == "person").Values;
        Assert.Contains(people, v => v.Value == "Kohl, Helmut" && v.Count == 1);
        var filtered = search.Find(null, r => r with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["Guterres, António Manuel de Oliveira"] } });
        Assert.Equal(key, Assert.Single(filtered.Results).Id);
    }

    [Fact]
    public void A_name_that_is_both_indexed_and_a_participant_counts_once()
    {
        _content.Add(SampleContent.Item(Guid.NewGuid(), SampleContent.Archive, HistoryAliases.ContentTypes.ArchivalDocument, "Memo", new()
        {
            [P.People] = "Kohl, Helmut | Helmut Kohl",
            [P.Participants] = "kohl, helmut\nKohl, Helmut",
        }));
        var document = Contribute(_content.OfType(HistoryAliases.ContentTypes.ArchivalDocument).Single(i => i.Name == "Memo").Key);

        var person = Assert.Single(document.People);
        Assert.Equal(["Helmut Kohl"], person.Variants);
    }

    private Guid AddRecordDocument()
    {
        var key = Guid.NewGuid();
        _content.Add(SampleContent.Item(key, SampleContent.Archive, HistoryAliases.ContentTypes.ArchivalDocument, "Conversation with Guterres", new()
        {
            [P.People] = "Bitterlich, Joachim | Joachim Bitterlich",
            [P.DocumentAuthors] = "Nehru, Jawaharlal",
            [P.Participants] = "Kohl, Helmut\nGuterres, António Manuel de Oliveira\nBitterlich, Joachim",
            [P.FundingCredit] = "Document translated with support from a foundation.",
            [P.Donors] = "A Donor",
            [P.ArchiveUrl] = "https://digitalarchive.wilsoncenter.org/document/121893",
        }));
        return key;
    }

    [Fact]
    public void A_blog_post_contributes_its_authors_programs_topics_and_publish_date()
    {
        var post = Contribute(SampleContent.Post);

        Assert.Equal("The talks stalled in 1952.", post.Body);
        Assert.Equal(["A. Historian"], post.Authors.Select(a => a.Label));
        Assert.Equal(["Diplomacy"], post.Subjects);
        Assert.Equal(new DateOnly(2024, 5, 1), post.Date!.Start);
        Assert.Equal(["History and Public Policy"], post.Programs.Select(p => p.Label));
    }

    [Fact]
    public void An_author_counts_for_the_program_of_its_affiliation()
    {
        var author = Contribute(SampleContent.Author);

        Assert.Equal("A. Historian", author.Title);
        Assert.Contains("Senior Scholar", author.Extra);
        Assert.Equal(["History and Public Policy"], author.Programs.Select(p => p.Label));
    }

    [Fact]
    public void A_project_counts_for_itself_and_its_parent_program()
    {
        var project = Contribute(SampleContent.Project);

        Assert.Equal("Documents from Pyongyang.", project.Body);
        Assert.Equal(["North Korea Project", "History and Public Policy"], project.Programs.Select(p => p.Label));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("plain", "plain")]
    [InlineData("<p>a</p><p>b &amp; c</p>", "a b & c")]
    [InlineData("<script>x</script>y", "x y")]
    [InlineData("unclosed <b", "unclosed")]
    public void Html_becomes_plain_text(string? html, string expected) =>
        Assert.Equal(expected, SearchContributionContext.PlainText(html));
}
