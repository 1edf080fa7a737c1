using HistoryCms.Core.Search;

namespace HistoryCms.Core.Tests.Search;

/// <summary>The rules every search request is checked by, whoever built it (the query string reader or a site's code).</summary>
public sealed class SiteSearchRulesTests
{
    public static TheoryData<string, SiteSearchRequest, string, string> Invalid() => new()
    {
        { "huge text", new() { Query = new string('a', 5000) }, "q", "The search text is 5,000 characters long; the limit is 1,000. Search for fewer words." },
        { "page 0", new() { Page = 0 }, "page", "'page' must be a whole number from 1; '0' is not." },
        { "page size 0", new() { PageSize = 0 }, "pageSize", "'pageSize' must be a whole number from 1 to 100; '0' is not." },
        { "too deep", new() { Page = 101, PageSize = 100 }, "page", "Results go no deeper than 10,000 (page × pageSize): narrow the search instead." },
        { "unknown facet", new() { Facets = ["colour"] }, "facets", "There is no facet 'colour'. Facets: type, program, author, repository, language, documentType, decade, year, subject, person, place." },
        { "unknown filter", Filter("colour", "red"), "colour", "There is no filter 'colour'. Filter by type, program, author, repository, language, documentType, decade, year, subject, person, place." },
        { "unknown type", Filter("type", "bogus"), "type", "'type' takes a document type: historyArchivalDocument, historyAuthor, historyBlogPost, historyProgram; 'bogus' is not one." },
        { "program not a key", Filter("program", "notaguid"), "program", "'program' takes a program's key (a GUID); 'notaguid' is not one." },
        { "author not a key", Filter("author", "Kraus"), "author", "'author' takes an author's key (a GUID); 'Kraus' is not one." },
        { "decade without s", Filter("decade", "1950"), "decade", "'decade' takes a decade such as 1940s; '1950' is not one." },
        { "two-digit year", Filter("year", "53"), "year", "'year' takes a year such as 1953; '53' is not one." },
        { "too many values", Filter("person", [.. Enumerable.Range(0, 21).Select(i => $"P{i}")]), "person", "The filter 'person' takes at most 20 values of at most 200 characters each." },
        { "no such month", new() { From = "1945-13" }, "from", "'from' must be a year (1945), a month (1945-05) or a day (1945-05-09); '1945-13' is none of these." },
        { "no such day", new() { To = "1945-02-30" }, "to", "'to' must be a year (1945), a month (1945-05) or a day (1945-05-09); '1945-02-30' is none of these." },
        { "slashes", new() { From = "1945/05" }, "from", "'from' must be a year (1945), a month (1945-05) or a day (1945-05-09); '1945/05' is none of these." },
        { "reversed", new() { From = "1953", To = "1945" }, "from", "'from' (1953) is after 'to' (1945): swap them." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void A_request_it_cannot_answer_is_rejected_naming_the_parameter_and_what_is_accepted(string what, SiteSearchRequest request, string parameter, string message)
    {
        var error = Assert.Throws<SearchQueryException>(() => SiteSearchRules.Validate(request));

        Assert.True((parameter, message) == (error.Parameter, error.Message), $"{what}: {error.Parameter}: {error.Message}");
    }

    [Fact]
    public void Valid_requests_pass_and_the_types_a_search_holds_are_accepted_with_the_package_ones()
    {
        SiteSearchRules.Validate(new SiteSearchRequest
        {
            Query = "treaty",
            Filters = new Dictionary<string, IReadOnlyList<string>>
            {
                ["type"] = ["HISTORYBLOGPOST", "siteEvent"],
                ["program"] = ["4BF34B2BFFB94779AD4B7625C0980453"],
                ["decade"] = ["1940s"],
                ["year"] = ["1947"],
                ["person"] = ["Kohl, Helmut"],
            },
            From = "1945-05",
            To = "1945-05",
            Page = 100,
            PageSize = 100,
            Facets = ["type", "year"],
        }, ["siteEvent"]);

        var error = Assert.Throws<SearchQueryException>(() => SiteSearchRules.Validate(Filter("type", "siteEvent")));
        Assert.DoesNotContain("siteEvent,", error.Message, StringComparison.Ordinal);
    }

    private static SiteSearchRequest Filter(string field, params string[] values) =>
        new() { Filters = new Dictionary<string, IReadOnlyList<string>> { [field] = values } };
}
