using HistoryCms.Core.Citations;
using HistoryCms.Core.Dates;

namespace HistoryCms.Core.Tests.Citations;

/// <summary>
/// The digital-archive style, exactly as the archive prints it under a record (tests/fixtures/citation-conventions.md,
/// "Digital-archive style"): <c>"&lt;Title&gt;," &lt;Month DD, YYYY&gt;, &lt;Program&gt; Digital Archive, &lt;Source string&gt;</c>,
/// straight quotes with the comma inside, two-digit day, partial dates partial, Source verbatim, no final period, no URL unless configured.
/// </summary>
public sealed class DigitalArchiveCitationTests
{
    private static readonly CitationFormatter Formatter = new(CitedDocuments.Options);

    private static readonly CitationStyleOptions Program = new() { ArchiveName = "History and Public Policy Program Digital Archive" };

    public static TheoryData<string, string> Documents() => new()
    {
        { "report", "\"On the Korean Question,\" July 31, 1958, Wilson Center Digital Archive, RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg." },
        { "german", "\"Note on the Korean Question,\" November 1967, Wilson Center Digital Archive, BArch, B 136/59748, 403-410. Contributed, transcribed, and translated by Stephan Kieninger." },
        { "letter", "\"Letter from Kim Il Sung to Joseph Stalin,\" c. 1950, Wilson Center Digital Archive, Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1." },
        { "bare", "\"Who Started the Korean War?,\" Wilson Center Digital Archive" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Prints_title_date_archive_and_source_without_a_final_period_or_url(string name, string expected)
    {
        var document = name switch
        {
            "report" => CitedDocuments.Report,
            "german" => CitedDocuments.German,
            "letter" => CitedDocuments.Letter,
            _ => CitedDocuments.Bare,
        };

        Assert.Equal(expected, Formatter.DigitalArchive(document));
        Assert.Equal(expected, Formatter.Format(document, null).DigitalArchive);
    }

    [Theory]
    [InlineData("March 4, 1958", "March 04, 1958")]
    [InlineData("1958-03-04", "March 04, 1958")]
    [InlineData("December 6, 1989", "December 06, 1989")]
    [InlineData("October 22, 1997", "October 22, 1997")]
    [InlineData("March 1958", "March 1958")]
    [InlineData("1958", "1958")]
    [InlineData("c. March 4, 1958", "c. March 04, 1958")]
    public void Prints_the_day_with_two_digits_and_keeps_partial_dates_partial(string date, string printed)
    {
        var document = CitedDocuments.Bare with { Date = PartialDate.Parse(date), Source = "RGANI, f. 5." };

        Assert.Equal($"\"Who Started the Korean War?,\" {printed}, Wilson Center Digital Archive, RGANI, f. 5.", Formatter.DigitalArchive(document));
    }

    [Fact]
    public void Prints_a_date_it_cannot_read_as_the_record_gives_it()
    {
        var document = CitedDocuments.Bare with { DateText = "Spring 1951", Source = "RGANI, f. 5." };

        Assert.Equal("\"Who Started the Korean War?,\" Spring 1951, Wilson Center Digital Archive, RGANI, f. 5.", Formatter.DigitalArchive(document));
    }

    [Fact]
    public void Uses_the_configured_archive_name()
    {
        Assert.Equal("\"Who Started the Korean War?,\" History and Public Policy Program Digital Archive", new CitationFormatter(Program).DigitalArchive(CitedDocuments.Bare));
        Assert.Equal("\"Who Started the Korean War?,\" Digital Archive", new CitationFormatter(new CitationStyleOptions()).DigitalArchive(CitedDocuments.Bare));
    }

    /// <summary>The real records of tests/fixtures/digital-archive, cited as the archive prints them (title, date and Source from the fixture).</summary>
    public static TheoryData<string, string> Records() => new()
    {
        {
            "https://digitalarchive.wilsoncenter.org/document/letter-jawaharlal-nehru-all-provincial-premiers",
            "\"Letter, Jawaharlal Nehru to All Provincial Premiers,\" April 01, 1949, History and Public Policy Program Digital Archive, Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1."
        },
        {
            "https://digitalarchive.wilsoncenter.org/document/chancellors-helmut-kohls-conversation-portuguese-prime-minister-guterres-17-october-1997",
            "\"The Chancellor's [Helmut Kohl's] Conversation with Portuguese Prime Minister Guterres on 17 October 1997, 10 a.m. - 11.15 a.m.,\" October 22, 1997, History and Public Policy Program Digital Archive, BArch, B 136/59748, 396-402. Contributed, transcribed, and translated by Stephan Kieninger."
        },
        {
            "https://digitalarchive.wilsoncenter.org/document/chancellors-helmut-kohls-conversation-kazakhstans-president-nazarbayev-saturday-10-may",
            "\"The Chancellor's [Helmut Kohl's] Conversation with Kazakhstan's President Nazarbayev on Saturday, 10 May 1997, 2.30 p.m. - 3.45 p.m. in Almaty,\" May 12, 1997, History and Public Policy Program Digital Archive, BArch, B 136/59748, 326-334. Contributed, transcribed, and translated by Stephan Kieninger."
        },
        {
            "https://digitalarchive.wilsoncenter.org/document/chancellors-helmut-kohls-telephone-conversation-polish-president-kwasniewski-thursday-12",
            "\"The Chancellor's [Helmut Kohl's] Telephone Conversation with Polish President Kwasniewski on Thursday, 12 September 1996, 9.30 hours,\" September 12, 1996, History and Public Policy Program Digital Archive, BArch, B 136/59748, 297-301. Contributed, transcribed, and translated by Stephan Kieninger."
        },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void Cites_the_real_records_as_the_archive_prints_them(string url, string expected)
    {
        var record = DigitalArchiveRecords.Csv().Single(r => r["document_url"] == url);
        var document = new CitedDocument
        {
            Title = record["title"],
            Date = PartialDate.Parse(record["original_publication_date"]),
            Source = record["source"],
            Url = url,
        };

        Assert.Equal(expected, new CitationFormatter(Program).DigitalArchive(document));
    }

    [Theory]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/280697",
        "\"Letter to the Deputy Chairman of the Soviet Committee of the MGG, Prof. Pushkov,\" 1958, History and Public Policy Program Digital Archive, RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/121893",
        "\"Report of the Hungarian Ministry of Foreign Affairs [F. Somogyi] for the Council of Ministers about the Meeting of the leaders of the Warsaw Pact on 4 December,\" December 06, 1989, History and Public Policy Program Digital Archive, Obtained by Béla Révész; translated and edited by Barnabás Vajd, Laura Deal, and Karl P. Benziger.")]
    public void Cites_the_records_of_the_archive_s_RIS_export_as_the_archive_prints_them(string url, string expected)
    {
        var (title, date, source) = DigitalArchiveRecords.ZoteroItem(url);
        var document = new CitedDocument { Title = title, Date = PartialDate.Parse(date), Source = source, Url = url };

        Assert.Equal(expected, new CitationFormatter(Program).DigitalArchive(document));
    }
}
