using HistoryCms.Core.Content;
using HistoryCms.Core.Dates;
using HistoryCms.Import.Archive;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.Tests.Acceptance;

/// <summary>The 4 CSV and 2 RIS records of tests/fixtures/digital-archive import with every field in its property.</summary>
public sealed class FixtureRecordImportTests : IDisposable
{
    private readonly TempFolder _usync = new();

    public void Dispose() => _usync.Dispose();

    private Dictionary<string, ArchivalDocument> ImportFixtures()
    {
        var report = Importer.Records(_usync.Path, files: [RepositoryPaths.RecordsCsv, RepositoryPaths.RecordsRis]);
        Assert.Equal(7, report.Created); // six documents and the archive folder the empty site lacked
        Assert.DoesNotContain(report.Findings, f => f.Kind is FindingKind.Skipped or FindingKind.Error or FindingKind.Conflict);
        var items = Importer.Items(_usync.Path);
        var reader = new HistoryContentReader(new ListLookup(items));
        return items.Select(reader.ReadArchivalDocument).OfType<ArchivalDocument>().ToDictionary(d => d.RecordId!);
    }

    [Fact]
    public void Every_column_of_every_csv_record_lands_in_its_property()
    {
        var documents = ImportFixtures();
        using var csv = ArchiveCsv.Open(RepositoryPaths.RecordsCsv);
        var records = ArchiveCsv.Read(csv, "records.csv", []).ToList();
        Assert.Equal(4, records.Count);
        foreach (var record in records)
        {
            var document = documents[record["record_id"]!];
            Assert.Equal(record["title"], document.Name);
            Assert.Equal(record["document_url"], document.ArchiveUrl);
            Assert.Equal(PartialDate.Parse(record["original_publication_date"]), document.Date);
            Assert.Equal(record["summary"], document.Summary);
            Assert.Equal(record.List("authors"), document.Authors);
            Assert.Equal(record.List("document_contributors"), document.Participants);
            Assert.Equal(record.List("associated_places"), document.Places);
            Assert.Equal(record.List("subjects_discussed"), document.Subjects);
            Assert.Equal(record.List("associated_people_orgs"), document.People.Select(p => p.Preferred));
            Assert.Equal(record["source"], document.Source);
            Assert.Equal(string.Join("; ", record.List("original_archive_title")), document.RepositoryName);
            Assert.Equal(record["rights"], document.Rights);
            Assert.Equal(record["original_classification"], document.Classification);
            Assert.Equal(record.List("donors"), document.Donors);
            Assert.Equal(record["credits"], document.FundingCredit);
            Assert.Equal(DateOnly.Parse(record["original_upload_date"]!, System.Globalization.CultureInfo.InvariantCulture), document.OriginalUploadDate);
            Assert.Equal(record.List("language").Select(l => Core.Citations.LanguageNames.CodeOf(l)), document.OriginalLanguages);
            var firstLine = record["text_body"]!.Split('\n')[0].Trim();
            Assert.Contains(System.Net.WebUtility.HtmlEncode(firstLine).Replace("&#39;", "'", StringComparison.Ordinal).Split("  ")[0], document.Translation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_csv_records_read_as_the_archive_means_them()
    {
        var documents = ImportFixtures();

        var nehru = documents["300653"];
        Assert.Equal("1949-04-01", nehru.Date?.ToEdtf());
        Assert.Equal(["Nehru, Jawaharlal"], nehru.Authors);
        Assert.Equal(["en"], nehru.OriginalLanguages);
        Assert.Equal("Secret", nehru.Classification);
        Assert.StartsWith("<p>Secret.</p>\n<p>F.N.33.</p>", nehru.Translation, StringComparison.Ordinal);

        var guterres = documents["300241"];
        Assert.Equal(["Kohl, Helmut", "Guterres, António Manuel de Oliveira"], guterres.Participants);
        Assert.Equal(["de"], guterres.OriginalLanguages);
        Assert.Equal("BArch", guterres.Reference.Repository?.Abbreviation);
        Assert.Equal(["Stephan Kieninger"], guterres.Translators);
        Assert.Equal(["Stephan Kieninger"], guterres.Contributors);
        Assert.Equal("German Federal Archives (BArch)", guterres.Repository);
    }

    [Fact]
    public void The_ris_records_carry_title_author_date_type_language_source_address_and_subjects()
    {
        var documents = ImportFixtures();

        var pushkov = documents["280697"];
        Assert.Equal("Letter to the Deputy Chairman of the Soviet Committee of the MGG, Prof. Pushkov", pushkov.Name);
        Assert.Equal("1958", pushkov.Date?.ToEdtf());
        Assert.Equal(["ru"], pushkov.OriginalLanguages);
        Assert.Equal("RGANI", pushkov.Reference.Repository?.Abbreviation);
        Assert.Equal(["Gary Goldberg"], pushkov.Translators);
        Assert.Equal("https://digitalarchive.wilsoncenter.org/document/280697", pushkov.ArchiveUrl);
        Assert.Equal(4, pushkov.Subjects.Count);

        var somogyi = documents["121893"];
        Assert.Equal(["Somogyi, Ferenc"], somogyi.Authors);
        Assert.Equal("1989-12-06", somogyi.Date?.ToEdtf());
        Assert.Equal("Report", somogyi.Genre);
        Assert.Equal(["hu"], somogyi.OriginalLanguages);
        Assert.Equal(["Béla Révész"], somogyi.ObtainedBy);
        Assert.StartsWith("Summary of the meeting of the leaders of the Warsaw Pact.", somogyi.Summary, StringComparison.Ordinal);
        Assert.Contains("Warsaw Treaty Organization", somogyi.Subjects);
        Assert.Equal(10, somogyi.Subjects.Count);
    }

    [Fact]
    public void Into_the_sample_site_the_records_update_the_sample_documents_in_place_and_create_none()
    {
        using var site = new TempFolder(RepositoryPaths.SampleUSync);
        var before = Importer.Items(site.Path);

        var report = Importer.Records(site.Path, files: [RepositoryPaths.RecordsCsv, RepositoryPaths.RecordsRis]);

        Assert.Equal(0, report.Created);
        var after = Importer.Items(site.Path);
        Assert.Equal(before.Select(i => i.Key).Order(), after.Select(i => i.Key).Order());
        var pushkov = after.Single(i => i.Value(P.ArchiveUrl) == "https://digitalarchive.wilsoncenter.org/document/280697");
        Assert.Equal("280697", pushkov.Value(P.RecordId));
    }

    /// <summary>The items as a lookup, for <see cref="HistoryContentReader"/>.</summary>
    private sealed class ListLookup(IReadOnlyList<ContentItem> items) : IContentLookup
    {
        public ContentItem? Find(Guid key) => items.FirstOrDefault(i => i.Key == key);

        public IEnumerable<ContentItem> ChildrenOf(Guid key) => items.Where(i => i.ParentKey == key).OrderBy(i => i.SortOrder);

        public IEnumerable<ContentItem> OfType(string contentType) => items.Where(i => i.ContentType == contentType);
    }
}
