using System.Globalization;
using System.Text;
using System.Text.Json;
using HistoryCms.Import.Archive;
using C = HistoryCms.Import.Archive.ArchiveColumns;

namespace HistoryCms.Import.Bench;

/// <summary>
/// Writes any number of Digital Archive records in the archive's CSV shape, modelled on the real records of
/// <c>tests/fixtures/digital-archive/records.csv</c>: each generated record takes a fixture record's cells (so field sizes
/// and shapes are the fixture's: long multi-line text bodies, JSON-array cells, quotes and commas) and varies them with its
/// number: record ID, title, address, date, people. One title in fifty repeats an earlier one, as the archive's titles do.
/// </summary>
public static class ArchiveRecordGenerator
{
    private static readonly string[] Header =
    [
        C.DocumentUrl, "page_number", "page_number_one_indexed", "page_position", C.PublicationDate, C.Title, C.Credits, C.TextBody,
        C.Summary, C.Authors, C.Places, C.Subjects, C.People, C.Contributors, C.Source, C.UploadDate, C.ArchiveTitle, C.Language,
        C.Rights, C.RecordId, C.Classification, C.Donors, "scraped_at",
    ];

    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>Writes the header and <paramref name="count"/> records.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="fixtures">The real records to model them on.</param>
    /// <param name="count">How many records.</param>
    /// <param name="firstId">The first record ID.</param>
    public static void Write(TextWriter output, IReadOnlyList<ArchiveRecord> fixtures, int count, int firstId = 1_000_000)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fixtures);
        output.Write(string.Join(',', Header));
        output.Write("\r\n");
        var random = new Random(13);
        var cells = new string[Header.Length];
        for (var n = 0; n < count; n++)
        {
            var model = fixtures[n % fixtures.Count];
            var id = (firstId + n).ToString(CultureInfo.InvariantCulture);
            var titleNumber = n % 50 == 49 ? n - 17 : n;
            var day = new DateOnly(1945, 1, 1).AddDays(random.Next(0, 365 * 50));
            for (var i = 0; i < Header.Length; i++)
            {
                cells[i] = Header[i] switch
                {
                    C.RecordId => id,
                    C.Title => $"{model[C.Title]} (no. {titleNumber.ToString(CultureInfo.InvariantCulture)})",
                    C.DocumentUrl => $"https://digitalarchive.wilsoncenter.org/document/{id}",
                    C.PublicationDate => n % 10 == 3 ? day.Year.ToString(CultureInfo.InvariantCulture)
                        : n % 10 == 7 ? $"{Months[day.Month - 1]} {day.Year.ToString(CultureInfo.InvariantCulture)}"
                        : $"{Months[day.Month - 1]} {day.Day.ToString(CultureInfo.InvariantCulture)}, {day.Year.ToString(CultureInfo.InvariantCulture)}",
                    C.TextBody => $"Record {id}.\n" + model.Columns[C.TextBody],
                    C.People => JsonSerializer.Serialize(model.List(C.People).Append($"Person {random.Next(1, 5000).ToString(CultureInfo.InvariantCulture)}, A.")),
                    _ => model.Columns.GetValueOrDefault(Header[i]) ?? string.Empty,
                };
            }

            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    output.Write(',');
                }

                Cell(output, cells[i]);
            }

            output.Write("\r\n");
        }
    }

    private static void Cell(TextWriter output, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            output.Write(value);
            return;
        }

        output.Write('"');
        output.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        output.Write('"');
    }

    /// <summary>Reads the fixture records (the importer's own CSV reader).</summary>
    /// <param name="csv">The fixture file.</param>
    /// <returns>The records.</returns>
    public static IReadOnlyList<ArchiveRecord> Fixtures(string csv)
    {
        using var reader = ArchiveCsv.Open(csv);
        return [.. ArchiveCsv.Read(reader, csv, new List<ImportFinding>())];
    }

    /// <summary>Writes a generated file.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="fixturesCsv">The fixture file.</param>
    /// <param name="count">How many records.</param>
    public static void WriteFile(string path, string fixturesCsv, int count)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        Write(writer, Fixtures(fixturesCsv), count);
    }
}
