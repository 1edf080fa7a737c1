using HistoryCms.Import.Archive;

namespace HistoryCms.Import.Tests.Archive;

public sealed class ArchiveRisTests
{
    [Theory]
    [InlineData("1958///", "1958")]
    [InlineData("1989/12/06/", "1989-12-06")]
    [InlineData("1989/12//", "1989-12")]
    [InlineData("1950///circa", "c. 1950")]
    [InlineData("1989-12-06", "1989-12-06")]
    [InlineData("October 17, 1997", "October 17, 1997")]
    public void An_ris_date_becomes_the_text_partial_date_reads(string ris, string printed) =>
        Assert.Equal(printed, ArchiveRis.PrintedDate(ris));

    [Theory]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/121893", "121893")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/121893/", "121893")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/letter-jawaharlal-nehru-all-provincial-premiers", null)]
    [InlineData(null, null)]
    public void The_record_id_is_read_from_a_numeric_archive_address_only(string? url, string? id) =>
        Assert.Equal(id, ArchiveRis.RecordIdOf(url));

    [Fact]
    public void Tags_become_the_archive_columns_continuation_lines_join_their_tag_and_unknown_tags_are_flagged()
    {
        const string ris = "TY  - MANSCPT\r\nTI  - A title\r\nAU  - Last, First\r\nAU  - Other, Body\r\nAB  - First line\r\nsecond line\r\nLA  - German\r\nKW  - One\r\nKW  - Two\r\nXY  - odd\r\nUR  - https://digitalarchive.wilsoncenter.org/document/7\r\nER  - \r\n";
        var findings = new List<ImportFinding>();

        var record = Assert.Single(ArchiveRis.Read(new StringReader(ris), "f.ris", findings));

        Assert.Equal("A title", record["title"]);
        Assert.Equal(["Last, First", "Other, Body"], record.List("authors"));
        Assert.Equal("First line\nsecond line", record["summary"]);
        Assert.Equal(["German"], record.List("language"));
        Assert.Equal(["One", "Two"], record.List("subjects_discussed"));
        Assert.Equal("7", record["record_id"]);
        Assert.Equal("record 1 (line 1)", record.Location);
        var flag = Assert.Single(findings);
        Assert.Equal(("XY", FindingKind.Flagged), (flag.Field, flag.Kind));
    }
}
