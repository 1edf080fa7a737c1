using System.Globalization;
using HistoryCms.Core.Content;
using HistoryCms.Core.Delivery;
using P = HistoryCms.Core.HistoryAliases.Properties;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Bench.Generator;

/// <summary>The size of a generated site.</summary>
/// <param name="Posts">Blog posts.</param>
/// <param name="Documents">Archival documents.</param>
/// <param name="Authors">Authors.</param>
/// <param name="Programs">Top-level programs (each gets four projects).</param>
/// <param name="Seed">The random seed: the same seed and sizes give the same site, byte for byte.</param>
public sealed record BenchSize(int Posts = 10_000, int Documents = 50_000, int Authors = 500, int Programs = 8, int Seed = 1947);

/// <summary>Builds an invented site of the given size (benchmark data only; never shipped as sample content).</summary>
public static class BenchSite
{
    private static readonly string[] Words =
    [
        "archive", "embassy", "treaty", "ministry", "delegation", "resolution", "conference", "memorandum", "cable", "council",
        "negotiation", "armistice", "commission", "assembly", "secretary", "committee", "frontier", "alliance", "mission", "report",
        "Korea", "Moscow", "Washington", "Beijing", "Pyongyang", "Seoul", "Geneva", "Vienna", "Berlin", "Tokyo",
    ];

    private static readonly string[] Genres = ["Letter", "Memorandum", "Cable", "Report", "Minutes", "Speech", "Resolution"];
    private static readonly string[] Languages = ["en", "ru", "ko", "zh", "de", "fr"];

    /// <summary>The items of the site, parents before children.</summary>
    /// <param name="size">How big.</param>
    /// <returns>The items.</returns>
    public static IReadOnlyList<ContentItem> Build(BenchSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        var random = new Random(size.Seed);
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var items = new List<ContentItem>();
        ContentItem Add(string type, string name, ContentItem? parent, int sortOrder, Dictionary<string, string?> values)
        {
            var key = NewKey(random);
            var segment = name.ToLowerInvariant().Replace(' ', '-');
            var path = parent is null ? "/" : parent.RoutePath + segment + "/";
            var created = start.AddMinutes(random.Next(0, 2_000_000));
            var item = new ContentItem(key, type, name, parent?.Key, sortOrder, (parent?.Level ?? 0) + 1, created, created, path, values);
            items.Add(item);
            return item;
        }

        var root = Add(T.SiteRoot, "Bench Site", null, 0, new() { [P.Introduction] = "An invented site for benchmarks." });
        var postsFolder = Add(T.PostsFolder, "Posts", root, 0, []);
        var people = Add(T.PeopleFolder, "People", root, 1, []);
        var programsFolder = Add(T.ProgramsFolder, "Programs", root, 2, []);
        var archive = Add(T.ArchiveFolder, "Archive", root, 3, []);

        var authors = Enumerable.Range(1, size.Authors)
            .Select(i => Add(T.Author, $"Author {i:D4}", people, i, new() { [P.JobTitle] = "Fellow", [P.ShortBio] = Sentence(random, 20) }))
            .ToArray();
        var programs = new List<ContentItem>();
        for (var p = 1; p <= size.Programs; p++)
        {
            var program = Add(T.Program, $"Program {p:D2}", programsFolder, p, new() { [P.ShortDescription] = Sentence(random, 25) });
            programs.Add(program);
            for (var j = 1; j <= 4; j++)
            {
                programs.Add(Add(T.Program, $"Project {p:D2}-{j}", program, j, new() { [P.ShortDescription] = Sentence(random, 20) }));
            }
        }

        var documents = new ContentItem[size.Documents];
        for (var d = 0; d < size.Documents; d++)
        {
            documents[d] = Add(T.ArchivalDocument, $"Document {d + 1:D6}", archive, d, new()
            {
                [P.DocumentDate] = PartialDate(random),
                [P.Genre] = $"[\"{Genres[random.Next(Genres.Length)]}\"]",
                [P.OriginalLanguages] = $"[\"{Languages[random.Next(Languages.Length)]}\"]",
                [P.Summary] = Sentence(random, 30),
                [P.Translation] = $"<p>{Sentence(random, 60)}</p><p>[p. 2] {Sentence(random, 40)}</p>",
                [P.Source] = $"Archive {random.Next(1, 20)}, f. {random.Next(1, 99)}, op. {random.Next(1, 9)}, d. {random.Next(1, 999)}.",
                [P.Programs] = ContentUdi.ForDocument(programs[random.Next(programs.Count)].Key),
                [P.Subjects] = $"[\"{Words[random.Next(Words.Length)]}\",\"{Words[random.Next(Words.Length)]}\"]",
            });
        }

        for (var i = 0; i < size.Posts; i++)
        {
            var cited = Enumerable.Range(0, random.Next(1, 6)).Select(_ => documents[random.Next(documents.Length)].Key).Distinct().ToArray();
            var citations = string.Join(",", cited.Select(k => $"{{\"key\":\"{NewKey(random)}\",\"documentKey\":\"{k}\",\"locator\":{{\"label\":\"page\",\"value\":\"{random.Next(1, 300)}\"}}}}"));
            Add(T.BlogPost, $"Post {i + 1:D5}", postsFolder, i, new()
            {
                [P.Standfirst] = Sentence(random, 25),
                [P.Body] = $"<p>{Sentence(random, 80)}</p><p>{Sentence(random, 60)}</p>",
                [P.Authors] = string.Join(",", Enumerable.Range(0, random.Next(1, 3)).Select(_ => ContentUdi.ForDocument(authors[random.Next(authors.Length)].Key)).Distinct()),
                [P.Programs] = ContentUdi.ForDocument(programs[random.Next(programs.Count)].Key),
                [P.Citations] = $"{{\"v\":1,\"citations\":[{citations}]}}",
                [P.PublishDate] = start.AddDays(random.Next(0, 1800)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                [P.Topics] = $"[\"{Words[random.Next(Words.Length)]}\"]",
            });
        }

        return items;
    }

    private static Guid NewKey(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + ".";

    private static string PartialDate(Random random)
    {
        var year = random.Next(1940, 1992);
        return random.Next(4) switch
        {
            0 => year.ToString(CultureInfo.InvariantCulture),
            1 => $"{year}-{random.Next(1, 13):D2}",
            _ => $"{year}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}",
        };
    }
}
