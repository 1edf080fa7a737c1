namespace HistoryCms.Import.Tests.Acceptance;

/// <summary>Bad input is reported with file, line or record and field; the rest goes in; the report says what was skipped.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string Header = "record_id,title,original_publication_date,language,authors,source\r\n";
    private readonly TempFolder _usync = new();

    public void Dispose() => _usync.Dispose();

    [Theory]
    [InlineData("malformed row (a cell too many)", Header + "1,Good,1950,\"[\"\"English\"\"]\",,\r\n2,Bad,1951,,,,extra\r\n3,Also good,1952,,,\r\n",
        "line 3", null, FindingKind.Skipped, "has 7 cells where the header has 6", 2)]
    [InlineData("quote never closed", Header + "1,Good,1950,,,\r\n2,\"Never closed,1951,,,\r\n3,Lost,1952,,,\r\n",
        "line 3", null, FindingKind.Skipped, "never closed", 1)]
    [InlineData("undatable date", Header + "1,Good,1950,,,\r\n2,Odd date,sometime in spring,,,\r\n",
        "line 3", "original_publication_date", FindingKind.Flagged, "\"sometime in spring\" cannot be read as a date", 2)]
    [InlineData("unknown language", Header + "1,Good,1950,\"[\"\"English\"\", \"\"Klingon\"\"]\",,\r\n",
        "line 2", "language", FindingKind.Skipped, "\"Klingon\"", 1)]
    [InlineData("no record ID and no address", Header + ",Nameless,1950,,,\r\n2,Good,1950,,,\r\n",
        "line 2", "record_id", FindingKind.Skipped, "neither a record ID nor an archive address", 1)]
    [InlineData("a cell that is not a JSON array", Header + "1,Good,1950,,\"[\"\"Nehru, J\",\r\n",
        "line 2", "authors", FindingKind.Guessed, "not a JSON array of strings", 1)]
    public void A_bad_csv_record_is_reported_by_line_and_field_and_the_rest_is_imported(
        string why, string csv, string location, string? field, FindingKind kind, string message, int imported)
    {
        var file = _usync.Write("records.csv", csv);

        var report = Importer.Records(Path.Combine(_usync.Path, "uSync"), files: [file]);

        var finding = Assert.Single(report.Findings, f => f.Kind == kind && f.File == file);
        Assert.True((location, field) == (finding.Location, finding.Field), $"{why}: {finding}");
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        Assert.Equal(imported + 1, report.Created); // and the archive folder
        Assert.Equal(kind == FindingKind.Skipped, report.AnythingSkipped);
    }

    [Theory]
    [InlineData("TY  - MANSCPT\nTI  - Cut off\nUR  - https://digitalarchive.wilsoncenter.org/document/2\nTY  - MANSCPT\nTI  - Whole\nUR  - https://digitalarchive.wilsoncenter.org/document/3\nER  - \n",
        "record 1 (line 1)", "no ER line before the next record's TY on line 4", "3")]
    [InlineData("TY  - MANSCPT\nTI  - Whole\nUR  - https://digitalarchive.wilsoncenter.org/document/3\nER  - \nTY  - MANSCPT\nTI  - Cut off\n",
        "record 2 (line 5)", "file ends inside this record", "3")]
    public void An_ris_record_without_its_er_line_is_skipped_and_named_by_record_and_line(string ris, string location, string message, string importedId)
    {
        var file = _usync.Write("export.ris", ris);

        var report = Importer.Records(Path.Combine(_usync.Path, "uSync"), files: [file]);

        var finding = Assert.Single(report.Findings, f => f.Kind == FindingKind.Skipped);
        Assert.Equal((file, location, null), (finding.File, finding.Location, finding.Field));
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.Skipped);
        Assert.True(report.AnythingSkipped);
        Assert.Contains(Importer.Items(Path.Combine(_usync.Path, "uSync")), i => i.Value("recordId") == importedId);
    }

    [Fact]
    public void A_missing_file_and_a_file_of_another_kind_are_errors_and_the_other_files_still_go_in()
    {
        var other = _usync.Write("notes.txt", "Just some notes.\n");
        var missing = Path.Combine(_usync.Path, "missing.csv");

        var report = Importer.Records(Path.Combine(_usync.Path, "uSync"), files: [missing, other, RepositoryPaths.RecordsRis]);

        Assert.Equal([missing, other], report.Findings.Where(f => f.Kind == FindingKind.Error).Select(f => f.File));
        Assert.Equal(3, report.Created);
        Assert.True(report.AnythingSkipped);
    }

    [Fact]
    public void A_replacement_rule_replaces_text_in_every_field_and_each_replacement_is_reported()
    {
        var file = _usync.Write("records.csv", Header + "1,Letter from Spam Casino,1950,,,Spam Casino Archive\r\n");
        var rules = ReplaceRules.Parse(["Spam Casino=Foreign Ministry"], null);

        var report = Importer.Records(Path.Combine(_usync.Path, "uSync"), rules: rules, files: [file]);

        var item = Assert.Single(Importer.Items(Path.Combine(_usync.Path, "uSync")), i => i.Value("recordId") == "1");
        Assert.Equal("Letter from Foreign Ministry", item.Name);
        Assert.Equal("Foreign Ministry Archive", item.Value("source"));
        Assert.Equal(["name", "source"], report.Findings.Where(f => f.Kind == FindingKind.Repaired).Select(f => f.Field));
    }

    [Theory]
    [InlineData("no equals sign")]
    [InlineData("=nothing found")]
    public void A_replacement_rule_without_found_text_is_refused_with_the_rule_named(string rule)
    {
        var error = Assert.Throws<FormatException>(() => ReplaceRules.Parse([rule], null));
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }
}
