using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HistoryCms.Core.Content;
using HistoryCms.Core.ContentModel;
using HistoryCms.USync.Cli;
using HistoryCms.USync.Cli.Samples;
using HistoryCms.USync.Content;
using HistoryCms.USync.Text;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.USync.Tests.Samples;

public partial class SampleContentTests
{
    private static readonly ContentReadResult Read = USyncContentReader.ReadFolder(RepositoryPaths.Content);

    private static Dictionary<Guid, ContentItem> ByKey => Read.Items.ToDictionary(i => i.Key);

    private static ContentItem Get(Guid key) => ByKey[key];

    [Fact]
    public void The_reader_reads_all_sample_content_without_a_problem()
    {
        Assert.True(Read.IsClean, string.Join('\n', Read.Problems));
        Assert.Equal(Directory.GetFiles(RepositoryPaths.Content, "*.config").Length, Read.Items.Count);
    }

    [Fact]
    public void The_committed_sample_content_is_what_the_sample_builder_writes_from_the_captured_post_and_the_archive_records()
    {
        var post = LegacyPost.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "legacy-post-failed-diplomacy.txt")));
        var records = ArchiveSamples.Records(Path.Combine(RepositoryPaths.Root, ArchiveSamples.Folder));
        foreach (var file in USyncContentWriter.History.Write(SampleSite.Build(post, records)))
        {
            var path = Path.Combine(RepositoryPaths.USync, file.RelativePath);
            Assert.True(File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(file.Bytes),
                $"{file.RelativePath} differs from the sample builder's output; regenerate with: dotnet run --project src/HistoryCms.USync.Cli -- write-sample-content");
        }
    }

    [Theory]
    [InlineData("e8f95ce8-32e3-40d7-b48e-4ff59f916424", A.SiteRoot, "/")]
    [InlineData("6c320ff2-4e8d-4048-a684-88e79607652e", A.PostsFolder, "/posts/")]
    [InlineData("24096931-ac4b-46b9-aa92-abc8aa9f8b78", A.PeopleFolder, "/people/")]
    [InlineData("afe8d101-9e37-470b-a8a9-c4d6ba8743cd", A.ProgramsFolder, "/programs/")]
    [InlineData("dd3fbfa9-0d12-450f-827c-c4b4bf75fb29", A.ArchiveFolder, "/archive/")]
    [InlineData("4946cbe8-c0e5-4982-8ec3-a9e47e464985", A.BlogPost, "/posts/failed-diplomacy-soviet-american-relations-and-the-division-of-korea/")]
    [InlineData("f35c8d42-5b96-49c8-9f31-20fafe30adfb", A.Author, "/people/charles-kraus/")]
    [InlineData("4bf34b2b-ffb9-4779-ad4b-7625c0980453", A.Program, "/programs/history-and-public-policy-program/")]
    [InlineData("6d84e659-fb6c-4bf9-891d-3aaa3d1be7f1", A.Program, "/programs/history-and-public-policy-program/north-korea-international-documentation-project/")]
    [InlineData("d31799d6-8b9d-4eaa-b829-9a098f794089", A.Program, "/programs/history-and-public-policy-program/cold-war-international-history-project/")]
    [InlineData("90c88c1b-5a67-47ab-95e4-568dad50f92b", A.ArchivalDocument, "/archive/us-draft-resolution-on-korea/")]
    [InlineData("188a046f-0bcd-4d69-b857-4353943efca2", A.ArchivalDocument, "/archive/soviet-draft-resolution-on-korea/")]
    [InlineData("301f1718-d215-4b0c-887c-6104f2c3eb0a", A.ArchivalDocument, "/archive/speech-by-george-marshall-at-the-united-nations-general-assembly/")]
    [InlineData("1ab8eafd-f9b9-4497-a359-35ac2102eb42", A.ArchivalDocument, "/archive/speech-by-andrei-vyshinsky-at-the-united-nations-general-assembly/")]
    public void Each_sample_item_has_its_key_type_and_route(string key, string type, string route)
    {
        var item = Get(new Guid(key));
        Assert.Equal(type, item.ContentType);
        Assert.Equal(route, item.RoutePath);
    }

    [Fact]
    public void No_value_or_name_holds_mojibake_or_the_spam_string()
    {
        Assert.All(Read.Items, item =>
        {
            Assert.False(LegacyTextRepair.LooksGarbled(item.Name), item.Name);
            foreach (var (alias, value) in item.Values)
            {
                Assert.False(value is not null && (LegacyTextRepair.LooksGarbled(value) || value.Contains(LegacyPost.SpamString, StringComparison.Ordinal)),
                    $"{item.Name}.{alias} still holds mojibake");
            }
        });
    }

    [Fact]
    public void Every_mandatory_property_has_a_value()
    {
        Assert.All(Read.Items, item =>
        {
            var type = HistoryContentModel.FindContentType(item.ContentType)!;
            foreach (var property in HistoryContentModel.AllProperties(type).Where(p => p.Mandatory))
            {
                Assert.True(item.Value(property.Alias) is not null, $"{item.Name} lacks {property.Alias}");
            }
        });
    }

    [Fact]
    public void Every_picker_value_resolves_to_an_item_of_the_type_the_picker_allows()
    {
        var checkedCount = 0;
        foreach (var item in Read.Items)
        {
            var type = HistoryContentModel.FindContentType(item.ContentType)!;
            foreach (var property in HistoryContentModel.AllProperties(type))
            {
                var dataType = HistoryContentModel.FindDataType(property.DataTypeKey)!;
                if (dataType.EditorAlias != "Umbraco.MultiNodeTreePicker" || item.Value(property.Alias) is not { } value)
                {
                    continue;
                }

                var allowed = HistoryContentModel.ContentTypes.Single(t => t.Key == new Guid((string)dataType.Configuration["filter"])).Alias;
                foreach (var udi in value.Split(','))
                {
                    Assert.Matches("^umb://document/[0-9a-f]{32}$", udi);
                    var target = ByKey.GetValueOrDefault(Guid.ParseExact(udi["umb://document/".Length..], "N"));
                    Assert.True(target?.ContentType == allowed, $"{item.Name}.{property.Alias} points at {udi}, which is not a {allowed}");
                    checkedCount++;
                }
            }
        }

        Assert.True(checkedCount >= 10, "the sample content should exercise the pickers");
    }

    [Fact]
    public void The_posts_citations_cite_archival_documents_and_the_body_marks_each_one()
    {
        var post = Get(SampleKeys.FailedDiplomacyPost);
        var citations = JsonNode.Parse(post.Value(P.Citations)!)!;
        Assert.Equal(1, citations["v"]!.GetValue<int>());
        var list = citations["citations"]!.AsArray().Select(c => c!).ToList();
        var keys = list.Select(c => c["key"]!.GetValue<string>()).ToList();

        Assert.Equal(4, list.Count);
        Assert.Equal(keys.Distinct().Count(), keys.Count);
        Assert.All(list, c => Assert.Equal(A.ArchivalDocument, Get(new Guid(c["documentKey"]!.GetValue<string>())).ContentType));

        var markers = Marker().Matches(post.Value(P.Body)!).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(keys, markers);
    }

    [Fact]
    public void A_quote_in_a_citation_is_the_posts_own_words()
    {
        var post = Get(SampleKeys.FailedDiplomacyPost);
        var quotes = JsonNode.Parse(post.Value(P.Citations)!)!["citations"]!.AsArray().Select(c => c!["quote"]?.GetValue<string>()).OfType<string>().ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains("“" + q + "”", post.Value(P.Body)!, StringComparison.Ordinal));
    }

    [Fact]
    public void The_happ_page_uses_five_block_kinds_whose_references_resolve()
    {
        var blocks = JsonNode.Parse(Get(SampleKeys.Happ).Value(P.Blocks)!)!;
        Assert.Equal(2, blocks["v"]!.GetValue<int>());
        var list = blocks["blocks"]!.AsArray().Select(b => b!).ToList();
        Assert.Equal(["richText", "projectPromos", "latestPosts", "people", "featuredDocuments"], list.Select(b => b["kind"]!.GetValue<string>()));
        Assert.Equal(list.Count, list.Select(b => b["key"]!.GetValue<string>()).Distinct().Count());

        string Of(string kind) => list.Single(b => b["kind"]!.GetValue<string>() == kind)["content"]!.ToJsonString();
        static IEnumerable<Guid> Keys(JsonNode node, string name) =>
            node["items"]!.AsArray().Select(i => new Guid(i![name]!.GetValue<string>()));

        var promos = JsonNode.Parse(Of("projectPromos"))!;
        Assert.Equal([SampleKeys.Nkidp, SampleKeys.Cwihp], Keys(promos, "program"));
        Assert.All(promos["items"]!.AsArray(), i => Assert.Null(i!["blurb"]));
        Assert.All(Keys(JsonNode.Parse(Of("people"))!, "author"), k => Assert.Equal(A.Author, Get(k).ContentType));
        Assert.Equal("Deputy Director", JsonNode.Parse(Of("people"))!["items"]![0]!["role"]!.GetValue<string>());
        var documents = JsonNode.Parse(Of("featuredDocuments"))!["documents"]!.AsArray().Select(d => new Guid(d!.GetValue<string>()));
        Assert.Equal([SampleKeys.UsDraftResolution, SampleKeys.SovietDraftResolution], documents);
        var latest = JsonNode.Parse(Of("latestPosts"))!;
        Assert.Equal(3, latest["count"]!.GetValue<int>());
        Assert.True(latest["includeProjects"]!.GetValue<bool>());
        Assert.Contains(Get(SampleKeys.Happ).Value(P.ShortDescription)!, JsonNode.Parse(Of("richText"))!["markup"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_projects_are_children_of_happ_with_the_post_footers_descriptions()
    {
        Assert.Equal(SampleKeys.Happ, Get(SampleKeys.Nkidp).ParentKey);
        Assert.Equal(SampleKeys.Happ, Get(SampleKeys.Cwihp).ParentKey);
        Assert.StartsWith("The North Korea International Documentation Project serves as an informational clearinghouse", Get(SampleKeys.Nkidp).Value(P.ShortDescription), StringComparison.Ordinal);
        Assert.EndsWith("It is part of Wilson Center's History and Public Policy Program.", Get(SampleKeys.Cwihp).Value(P.ShortDescription), StringComparison.Ordinal);
        Assert.Equal("The History and Public Policy Program\u00A0makes public", Get(SampleKeys.Happ).Value(P.ShortDescription)![..50]);
    }

    [Fact]
    public void The_author_is_charles_kraus_of_happ()
    {
        var author = Get(SampleKeys.CharlesKraus);
        Assert.Equal("Charles Kraus", author.Name);
        Assert.Equal("Deputy Director, History and Public Policy Program", author.Value(P.JobTitle));
        Assert.Equal("Charles Kraus is the Deputy Director of the History and Public Policy Program at Wilson Center.", author.Value(P.ShortBio));
    }

    [Fact]
    public void The_post_keeps_only_what_the_captured_post_gives()
    {
        var post = Get(SampleKeys.FailedDiplomacyPost);
        Assert.Equal("Failed Diplomacy: Soviet-American Relations and the Division of Korea", post.Name);
        Assert.StartsWith("Records from the Russian archives offer insights", post.Value(P.Standfirst), StringComparison.Ordinal);
        Assert.StartsWith("Delegates listen in as Andrei Vyshinsky speaks", post.Value(P.HeroCaption), StringComparison.Ordinal);
        Assert.Null(post.Value(P.PublishDate));
        Assert.Null(post.Value(P.HeroImage));
        Assert.Contains("Jacob Malik — then Deputy Foreign Minister — .", post.Value(P.Body), StringComparison.Ordinal);
        Assert.Equal(20, Regex.Count(post.Value(P.Body)!, "<p>"));
        Assert.Equal(LegacyPost.Organisation, Get(SampleKeys.SiteRoot).Value(P.CollectionName));
    }

    [Theory]
    [InlineData("90c88c1b-5a67-47ab-95e4-568dad50f92b", "1947-10-17", "A/C.1/218", "Draft Resolution")]
    [InlineData("188a046f-0bcd-4d69-b857-4353943efca2", "1947-10-29", "A/C.1/229", "Draft Resolution")]
    [InlineData("301f1718-d215-4b0c-887c-6104f2c3eb0a", "1947-09-17", null, "Speech")]
    [InlineData("1ab8eafd-f9b9-4497-a359-35ac2102eb42", "1947-09-18", null, "Speech")]
    public void Documents_hold_the_facts_the_post_states_and_no_archive_reference(string key, string date, string? number, string type)
    {
        var document = Get(new Guid(key));
        Assert.Equal(date, document.Value(P.DocumentDate));
        Assert.Equal(number, document.Value(P.OfficialNumber));
        Assert.Equal([type], JsonNode.Parse(document.Value(P.Genre)!)!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Null(document.Value(P.Source));
        Assert.Null(document.Value(P.Repository));
        Assert.Null(document.Value(P.Translators));
    }

    [Fact]
    public void Vyshinskys_speech_lists_both_spellings_the_post_uses()
    {
        Assert.Equal("Andrei Vyshinsky | Andrey Vyshinsky", Get(SampleKeys.VyshinskySpeech).Value(P.People));
        var body = Get(SampleKeys.FailedDiplomacyPost).Value(P.Body)! + Get(SampleKeys.FailedDiplomacyPost).Value(P.HeroCaption);
        Assert.Contains("Andrei Vyshinsky", body, StringComparison.Ordinal);
        Assert.Contains("Andrey Vyshinsky", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_content_command_finds_the_sample_content_clean()
    {
        using var output = new StringWriter();
        Assert.Equal(0, Commands.CheckContent(RepositoryPaths.USync, output));
        Assert.Contains("20 item(s) read, 0 problem(s).", output.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<sup data-citation=\"([0-9a-f-]{36})\"></sup>")]
    private static partial Regex Marker();
}
