using HistoryCms.Core.Content;
using HistoryCms.Core.Dates;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Core.Tests.Content;

public class HistoryContentReaderTests
{
    private readonly ContentTree _tree = new();
    private readonly HistoryContentReader _reader;
    private readonly ContentItem _programs;
    private readonly ContentItem _happ;
    private readonly ContentItem _nkidp;
    private readonly ContentItem _kraus;

    public HistoryContentReaderTests()
    {
        _reader = new HistoryContentReader(_tree);
        _programs = _tree.Add(A.ProgramsFolder, "Programs");
        _happ = _tree.Add(A.Program, "History and Public Policy Program", _programs.Key, (P.ShortDescription, "The History and Public Policy Program makes public the primary source record."));
        _nkidp = _tree.Add(A.Program, "North Korea International Documentation Project", _happ.Key);
        _tree.Add(A.Program, "Cold War International History Project", _happ.Key);
        _kraus = _tree.Add(A.Author, "Charles Kraus", null,
            (P.JobTitle, "Deputy Director, History and Public Policy Program"),
            (P.Affiliation, ContentTree.Udi(_happ.Key)),
            (P.Photo, """[{"key":"a1b2c3d4-e5f6-4789-8abc-def012345678","mediaKey":"0d1b5a0e-6b9e-4c8f-9a5b-2f3c4d5e6f70","mediaTypeAlias":"Image"}]"""),
            (P.Links, """[{"name":"HAPP","type":"document","unique":"%HAPP%"}]""".Replace("%HAPP%", _happ.Key.ToString(), StringComparison.Ordinal)),
            (P.Email, " ckraus@example.org "));
    }

    [Fact]
    public void Reads_a_blog_post_with_resolved_pickers_in_order()
    {
        var other = _tree.Add(A.Author, "Another Author");
        var missing = Guid.NewGuid();
        var post = _tree.Add(A.BlogPost, "Failed Diplomacy", null,
            (P.Standfirst, "  How the division of Korea was settled.  "),
            (P.HeroImage, """[{"mediaKey":"0d1b5a0e-6b9e-4c8f-9a5b-2f3c4d5e6f70"}]"""),
            (P.HeroCaption, "Delegates at the UN"),
            (P.Body, "<p>Text<sup data-citation=\"c1\"></sup></p>"),
            (P.Authors, $"{ContentTree.Udi(other.Key)},{ContentTree.Udi(missing)},{ContentTree.Udi(_kraus.Key)},{ContentTree.Udi(_happ.Key)}"),
            (P.Programs, $"{ContentTree.Udi(_nkidp.Key)},{ContentTree.Udi(_happ.Key)}"),
            (P.Citations, """{"v":1,"citations":[]}"""),
            (P.Topics, """["Korean War","United Nations"]"""),
            (P.Places, """["Korea"]"""),
            (P.PublishDate, "2024-05-01 00:00:00"));

        var read = _reader.ReadBlogPost(post)!;

        Assert.Equal("Failed Diplomacy", read.Title);
        Assert.Equal(HistoryAliases.ContentTypes.BlogPost, read.ContentType);
        Assert.Equal("How the division of Korea was settled.", read.Standfirst);
        Assert.Equal("Delegates at the UN", read.HeroImage!.Alt);
        Assert.Equal(["Another Author", "Charles Kraus"], read.Authors.Select(a => a.Name));
        Assert.Equal(_kraus.RoutePath, read.Authors[1].RoutePath);
        Assert.Equal(["North Korea International Documentation Project", "History and Public Policy Program"], read.Programs.Select(p => p.Name));
        Assert.Equal(["Korean War", "United Nations"], read.Topics);
        Assert.Equal(new DateOnly(2024, 5, 1), read.PublishDate);
        Assert.Equal(new DateOnly(2024, 5, 1), read.DisplayDate);
        Assert.Contains("data-citation", read.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_records_behind_links_for_a_byline()
    {
        var post = _reader.ReadBlogPost(_tree.Add(A.BlogPost, "Post", null, (P.Authors, ContentTree.Udi(_kraus.Key))))!;
        var gone = new ContentLink(Guid.NewGuid(), "Deleted", A.Author, "/gone/");

        var authors = _reader.ReadLinked<Author>([.. post.Authors, gone]);

        Assert.Equal("Deputy Director, History and Public Policy Program", Assert.Single(authors).JobTitle);
        Assert.Empty(_reader.ReadLinked<ResearchProgram>(post.Authors));
    }

    [Fact]
    public void Reads_an_author_with_affiliation_photo_and_links()
    {
        var read = _reader.ReadAuthor(_kraus)!;

        Assert.Equal("Deputy Director, History and Public Policy Program", read.JobTitle);
        Assert.Equal(_happ.Key, read.Affiliation!.Key);
        Assert.Equal("Charles Kraus", read.Photo!.Alt);
        Assert.Equal(_happ.RoutePath, Assert.Single(read.Links).Url);
        Assert.Equal("ckraus@example.org", read.Email);
        Assert.Equal("", read.LongBio);
    }

    [Fact]
    public void A_program_knows_its_parent_and_its_projects()
    {
        var parent = _reader.ReadProgram(_happ)!;
        var project = _reader.ReadProgram(_nkidp)!;

        Assert.False(parent.IsProject);
        Assert.Null(parent.Parent);
        Assert.Equal(["North Korea International Documentation Project", "Cold War International History Project"], parent.Projects.Select(p => p.Name));
        Assert.True(project.IsProject);
        Assert.Equal(_happ.Key, project.Parent!.Key);
        Assert.Empty(project.Projects);
        Assert.Equal("The History and Public Policy Program makes public the primary source record.", parent.ShortDescription);
    }

    [Fact]
    public void Reads_an_archival_document_with_its_reference_date_and_people()
    {
        var related = _tree.Add(A.ArchivalDocument, "Soviet Draft Resolution");
        var document = _tree.Add(A.ArchivalDocument, "Memorandum of Conversation", null,
            (P.DocumentDate, "1960-07-23"),
            (P.Source, "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg."),
            (P.Genre, """["Memorandum of Conversation"]"""),
            (P.OriginalLanguages, """["ru"]"""),
            (P.People, "Andrei Vyshinsky | Andrey Vyshinsky | Вышинский\n\n  Jacob Malik|Yakov Malik  \n | "),
            (P.Subjects, """["Korean War"]"""),
            (P.RelatedDocuments, ContentTree.Udi(related.Key)),
            (P.Programs, ContentTree.Udi(_nkidp.Key)),
            (P.Scans, """[{"mediaKey":"0d1b5a0e-6b9e-4c8f-9a5b-2f3c4d5e6f70"}]"""),
            (P.OfficialNumber, "A/C.1/218"));

        var read = _reader.ReadArchivalDocument(document)!;

        Assert.Equal(PartialDate.Parse("July 23, 1960"), read.Date);
        Assert.Equal("July 23, 1960", read.PrintedDate);
        Assert.Equal("5", read.Reference.Fond!.Value);
        Assert.Equal("Russian State Archive of Contemporary History", read.Repository);
        Assert.Equal(["Gary Goldberg"], read.Translators);
        Assert.Empty(read.Contributors);
        Assert.Equal("Memorandum of Conversation", read.Genre);
        Assert.Equal(["ru"], read.OriginalLanguages);
        Assert.Equal(2, read.People.Count);
        Assert.Equal("Andrei Vyshinsky", read.People[0].Preferred);
        Assert.Equal(["Andrey Vyshinsky", "Вышинский"], read.People[0].Variants);
        Assert.Equal(["Jacob Malik", "Yakov Malik"], read.People[1].AllNames);
        Assert.Equal(related.Key, Assert.Single(read.RelatedDocuments).Key);
        Assert.Equal(_nkidp.Key, Assert.Single(read.Programs).Key);
        Assert.Equal("Memorandum of Conversation", Assert.Single(read.Scans).Alt);
        Assert.Equal("A/C.1/218", read.OfficialNumber);
    }

    [Fact]
    public void Credit_properties_win_over_the_credits_in_the_source()
    {
        var document = _tree.Add(A.ArchivalDocument, "Letter", null,
            (P.Source, "BArch, B 136/59748, 403-410. Contributed, transcribed, and translated by Stephan Kieninger."),
            (P.Translators, "Someone Else\nA Second Translator"),
            (P.Repository, "German Federal Archives"));

        var read = _reader.ReadArchivalDocument(document)!;

        Assert.Equal(["Someone Else", "A Second Translator"], read.Translators);
        Assert.Equal(["Stephan Kieninger"], read.Contributors);
        Assert.Equal(["Stephan Kieninger"], read.Transcribers);
        Assert.Equal("German Federal Archives", read.Repository);
    }

    [Fact]
    public void Reads_the_archive_record_fields_apart_from_the_credits_of_the_source()
    {
        var document = _tree.Add(A.ArchivalDocument, "Conversation with Portuguese Prime Minister Guterres", null,
            (P.Source, "BArch, B 136/59748, 396-402. Contributed, transcribed, and translated by Stephan Kieninger."),
            (P.DocumentAuthors, "Nehru, Jawaharlal\n\n  Ministry of External Affairs  "),
            (P.Participants, "Kohl, Helmut\r\nGuterres, António Manuel de Oliveira\r\n"),
            (P.FundingCredit, "  Document obtained and translated with support from a foundation.  "),
            (P.Donors, """["A Donor","Another Donor"]"""),
            (P.OriginalUploadDate, "2023-10-03T00:00:00"),
            (P.ArchiveUrl, " https://digitalarchive.wilsoncenter.org/document/121893 "));

        var read = _reader.ReadArchivalDocument(document)!;

        Assert.Equal(["Nehru, Jawaharlal", "Ministry of External Affairs"], read.Authors);
        Assert.Equal(["Kohl, Helmut", "Guterres, António Manuel de Oliveira"], read.Participants);
        Assert.Equal(["Stephan Kieninger"], read.Contributors);
        Assert.Equal("Document obtained and translated with support from a foundation.", read.FundingCredit);
        Assert.Equal(["A Donor", "Another Donor"], read.Donors);
        Assert.Equal(new DateOnly(2023, 10, 3), read.OriginalUploadDate);
        Assert.Equal("https://digitalarchive.wilsoncenter.org/document/121893", read.ArchiveUrl);
    }

    [Fact]
    public void A_document_without_the_archive_record_fields_reads_them_empty()
    {
        var read = _reader.ReadArchivalDocument(_tree.Add(A.ArchivalDocument, "Report"))!;

        Assert.Empty(read.Authors);
        Assert.Empty(read.Participants);
        Assert.Null(read.FundingCredit);
        Assert.Empty(read.Donors);
        Assert.Null(read.OriginalUploadDate);
        Assert.Null(read.ArchiveUrl);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/archive/report/")]
    [InlineData("digitalarchive.wilsoncenter.org/document/121893")]
    [InlineData("ftp://example.org/record")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/121893 and more")]
    [InlineData("   ")]
    public void An_archive_url_that_is_not_an_absolute_web_address_is_left_out(string stored)
    {
        var document = _tree.Add(A.ArchivalDocument, "Report", null, (P.ArchiveUrl, stored), (P.OriginalUploadDate, "2023-13-45 99:99:99"));

        var read = _reader.ReadArchivalDocument(document)!;

        Assert.Null(read.ArchiveUrl);
        Assert.Null(read.OriginalUploadDate);
    }

    [Theory]
    [InlineData("undated", "undated")]
    [InlineData("XXXX", "undated")]
    [InlineData("1950~", "c. 1950")]
    [InlineData("sometime in spring", "sometime in spring")]
    public void An_unreadable_date_keeps_its_text(string stored, string printed)
    {
        var document = _tree.Add(A.ArchivalDocument, "Report", null, (P.DocumentDate, stored));
        Assert.Equal(printed, _reader.ReadArchivalDocument(document)!.PrintedDate);
    }

    [Fact]
    public void Garbled_values_give_empty_fields_and_no_exception()
    {
        var garbled = new (string, string?)[]
        {
            (P.DocumentDate, "\u0000\uD800"), (P.Source, new string('x', 10_000)), (P.Genre, "[{"), (P.OriginalLanguages, "{\"v\":1}"),
            (P.People, " | | "), (P.Subjects, "[1,2,[3]]"), (P.RelatedDocuments, "umb://document/zzz"), (P.Programs, "[[[["), (P.Scans, "{"),
            (P.Translators, null), (P.Authors, "42"), (P.HeroImage, "[\"x\"]"), (P.PublishDate, "2024-13-45 99:99:99"), (P.Topics, "null"),
            (P.Photo, "true"), (P.Links, "[{\"url\":5}]"), (P.Affiliation, ","), (P.Staff, "\n"), (P.Logo, "[]"), (P.Body, "{\"markup\":5}"),
        };
        var items = new[]
        {
            _tree.Add(A.ArchivalDocument, "Doc", null, garbled), _tree.Add(A.BlogPost, "Post", null, garbled),
            _tree.Add(A.Author, "Person", null, garbled), _tree.Add(A.Program, "Program", null, garbled),
        };

        var records = items.Select(_reader.Read).ToList();

        Assert.All(records, Assert.NotNull);
        var document = (ArchivalDocument)records[0]!;
        Assert.Null(document.Date);
        Assert.Empty(document.People);
        Assert.Empty(document.RelatedDocuments);
        Assert.Empty(document.Scans);
        Assert.Equal(new string('x', 10_000), document.Reference.ToString());
        var post = (BlogPost)records[1]!;
        Assert.Empty(post.Authors);
        Assert.Null(post.HeroImage);
        Assert.Null(post.PublishDate);
        Assert.Equal("{\"markup\":5}", post.Body);
        var author = (Author)records[2]!;
        Assert.Null(author.Photo);
        Assert.Null(author.Affiliation);
        Assert.Equal("5", Assert.Single(author.Links).Url);
        Assert.Empty(((ResearchProgram)records[3]!).Staff);
    }

    [Fact]
    public void Items_of_other_types_give_no_record()
    {
        Assert.Null(_reader.Read(_programs));
        Assert.Null(_reader.ReadBlogPost(_kraus));
        Assert.Null(_reader.ReadAuthor(_happ));
        Assert.Null(_reader.ReadProgram(_kraus));
        Assert.Null(_reader.ReadArchivalDocument(_kraus));
        Assert.IsType<Author>(_reader.Read(_kraus));
    }

    [Fact]
    public void A_post_without_a_publish_date_shows_the_day_it_was_created()
    {
        var post = _reader.ReadBlogPost(_tree.Add(A.BlogPost, "Draft"))!;
        Assert.Null(post.PublishDate);
        Assert.Equal(new DateOnly(2024, 5, 1), post.DisplayDate);
        Assert.Empty(post.Authors);
        Assert.Equal("", post.Body);
    }
}
