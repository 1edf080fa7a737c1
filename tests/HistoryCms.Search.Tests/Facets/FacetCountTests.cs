namespace HistoryCms.Search.Tests.Facets;

public sealed class FacetCountTests
{
    private static readonly SearchLabel Program = new("11111111-1111-1111-1111-111111111111", "History and Public Policy");
    private static readonly SearchLabel Project = new("22222222-2222-2222-2222-222222222222", "North Korea Documentation Project");
    private static readonly SearchLabel Author = new("33333333-3333-3333-3333-333333333333", "A. Historian");

    private static SearchDocument[] Corpus() =>
    [
        Docs.Make("Cable one", "treaty", date: SearchDate.OfMonth(1945, 5)) with
        {
            Programs = [Program, Project], Repository = "RGANI", Languages = ["ru"], Genre = "Cable",
            Subjects = ["Armistice"], People = [new SearchPerson("Vyshinsky, Andrei", [])], Places = ["Moscow"],
        },
        Docs.Make("Cable two", "treaty", date: SearchDate.OfYear(1953)) with
        {
            Programs = [Program, Project], Repository = "RGANI", Languages = ["ru", "ko"], Genre = "Cable",
            Subjects = ["Armistice", "Prisoners of war"], Places = ["Moscow", "Pyongyang"],
        },
        Docs.Make("Letter", "treaty", date: new SearchDate(new DateOnly(1949, 6, 1), new DateOnly(1951, 2, 28), "1949–1951")) with
        {
            Programs = [Program], Repository = "AVPRF", Languages = ["ru"], Genre = "Letter",
            People = [new SearchPerson("Vyshinsky, Andrei", [])],
        },
        Docs.Make("Blog post", "treaty", type: Docs.Post, date: SearchDate.OfDay(new DateOnly(2020, 1, 2))) with
        {
            Programs = [Program], Authors = [Author], Subjects = ["Armistice"],
        },
        Docs.Make("Unmatched", "other words", type: Docs.Post) with { Programs = [Program] },
    ];

    [Theory]
    [InlineData(SiteSearchFields.Type, "historyArchivalDocument=3;historyBlogPost=1")]
    [InlineData(SiteSearchFields.Program, "11111111-1111-1111-1111-111111111111=4;22222222-2222-2222-2222-222222222222=2")]
    [InlineData(SiteSearchFields.Author, "33333333-3333-3333-3333-333333333333=1")]
    [InlineData(SiteSearchFields.Repository, "RGANI=2;AVPRF=1")]
    [InlineData(SiteSearchFields.Language, "ru=3;ko=1")]
    [InlineData(SiteSearchFields.Genre, "Cable=2;Letter=1")]
    [InlineData(SiteSearchFields.Decade, "1940s=2;1950s=2;2020s=1")]
    [InlineData(SiteSearchFields.Year, "1945=1;1949=1;1950=1;1951=1;1953=1;2020=1")]
    [InlineData(SiteSearchFields.Subject, "Armistice=3;Prisoners of war=1")]
    [InlineData(SiteSearchFields.Person, "Vyshinsky, Andrei=2")]
    [InlineData(SiteSearchFields.Place, "Moscow=2;Pyongyang=1")]
    public async Task Each_facet_counts_the_matching_items_per_value(string facet, string expected)
    {
        var (index, search) = await Docs.InMemory(Corpus());
        using var _ = index;

        var response = search.Find("treaty", r => r with { Facets = [facet] });

        Assert.Equal(expected, Describe(Assert.Single(response.Facets)));
    }

    [Fact]
    public async Task Keys_carry_their_labels_and_counts_follow_the_filters()
    {
        var (index, search) = await Docs.InMemory(Corpus());
        using var _ = index;

        var response = search.Find("treaty", r => r with
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { [SiteSearchFields.Genre] = ["cable"] },
        });

        Assert.Equal(2, response.Total);
        var program = response.Facets.Single(f => f.Name == SiteSearchFields.Program).Values;
        Assert.Equal(new SiteSearchFacetValue(Project.Key, Project.Label, 2), program.Single(v => v.Value == Project.Key));
        Assert.Equal("Armistice=2;Prisoners of war=1", Describe(response.Facets.Single(f => f.Name == SiteSearchFields.Subject)));
        Assert.Equal(SiteSearchFields.Facets, response.Facets.Select(f => f.Name));
    }

    [Fact]
    public async Task A_filtered_facet_still_counts_the_values_not_chosen_and_the_others_count_the_hits()
    {
        var (index, search) = await Docs.InMemory(Corpus());
        using var _ = index;

        var response = search.Find("treaty", r => r with
        {
            Filters = new Dictionary<string, IReadOnlyList<string>>
            {
                [SiteSearchFields.Genre] = ["cable"],
                [SiteSearchFields.Language] = ["ko"],
            },
        });

        Assert.Equal(["Cable two"], response.Results.Select(r => r.Title));
        // Each filtered facet counts what the other filter leaves: document types of the Korean items, languages of the cables.
        Assert.Equal("Cable=1", Describe(response.Facets.Single(f => f.Name == SiteSearchFields.Genre)));
        Assert.Equal("ru=2;ko=1", Describe(response.Facets.Single(f => f.Name == SiteSearchFields.Language)));
        // The others count the hits only.
        Assert.Equal("RGANI=1", Describe(response.Facets.Single(f => f.Name == SiteSearchFields.Repository)));
        Assert.Equal("Moscow=1;Pyongyang=1", Describe(response.Facets.Single(f => f.Name == SiteSearchFields.Place)));
    }

    [Fact]
    public async Task A_filter_on_a_facet_not_counted_still_narrows_the_results()
    {
        var (index, search) = await Docs.InMemory(Corpus());
        using var _ = index;

        var response = search.Find("treaty", r => r with
        {
            Facets = [SiteSearchFields.Type],
            Filters = new Dictionary<string, IReadOnlyList<string>> { [SiteSearchFields.Repository] = ["AVPRF"] },
        });

        Assert.Equal(["Letter"], response.Results.Select(r => r.Title));
        Assert.Equal("historyArchivalDocument=1", Describe(Assert.Single(response.Facets)));
    }

    [Fact]
    public async Task A_program_filter_includes_its_projects()
    {
        var (index, search) = await Docs.InMemory(Corpus());
        using var _ = index;

        Assert.Equal(5, search.Find(null, r => r with { Filters = Filter(SiteSearchFields.Program, Program.Key) }).Total);
        Assert.Equal(2, search.Find(null, r => r with { Filters = Filter(SiteSearchFields.Program, Project.Key) }).Total);
    }

    [Theory]
    [InlineData(SiteSearchFields.Type, Docs.Post, 2)]
    [InlineData(SiteSearchFields.Author, "33333333-3333-3333-3333-333333333333", 1)]
    [InlineData(SiteSearchFields.Repository, "rgani", 2)]
    [InlineData(SiteSearchFields.Language, "ko", 1)]
    [InlineData(SiteSearchFields.Subject, "prisoners of war", 1)]
    [InlineData(SiteSearchFields.Person, "Vyshinsky, Andrei", 2)]
    [InlineData(SiteSearchFields.Place, "Pyongyang", 1)]
    [InlineData(SiteSearchFields.Decade, "1950s", 2)]
    [InlineData(SiteSearchFields.Year, "1950", 1)]
    public async Task Every_field_filters_case_insensitively(string field, string value, int expected)
    {
        var (index, search) = await Docs.InMemory(Corpus());
        using var _ = index;

        Assert.Equal(expected, search.Find(null, r => r with { Filters = Filter(field, value) }).Total);
    }

    [Fact]
    public async Task Values_within_a_field_widen_and_fields_narrow()
    {
        var (index, search) = await Docs.InMemory(Corpus());
        using var _ = index;

        var filters = new Dictionary<string, IReadOnlyList<string>>
        {
            [SiteSearchFields.Repository] = ["RGANI", "AVPRF"],
            [SiteSearchFields.Place] = ["Moscow"],
        };

        Assert.Equal(2, search.Find(null, r => r with { Filters = filters }).Total);
    }

    private static Dictionary<string, IReadOnlyList<string>> Filter(string field, string value) => new() { [field] = [value] };

    private static string Describe(SiteSearchFacet facet) => string.Join(';', facet.Values.Select(v => $"{v.Value}={v.Count}"));
}
