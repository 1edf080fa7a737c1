using System.Globalization;
using System.Text;
using HistoryCms.Core.Content;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using K = HistoryCms.USync.Cli.Samples.SampleKeys;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.USync.Cli.Samples;

/// <summary>
/// The sample site: the post "Failed Diplomacy" with its author, programs and the archival documents it names, holding
/// only facts the captured post gives (fields the post does not give, such as publish date, images and archive references,
/// stay empty), and the real Digital Archive records of <c>tests/fixtures/digital-archive</c> (see <see cref="ArchiveSamples"/>).
/// </summary>
public static class SampleSite
{
    /// <summary>The create date of every sample item (the day the sample site was made; not a fact of the post).</summary>
    public static readonly DateTimeOffset Created = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    private const string UnitedNations = "United Nations General Assembly";

    /// <summary>Builds the sample items from the captured post and the Digital Archive records.</summary>
    /// <param name="post">The repaired post.</param>
    /// <param name="records">The Digital Archive's records (CSV and RIS), as the importer reads them.</param>
    /// <returns>Every item, parents first.</returns>
    public static IReadOnlyList<ContentItem> Build(LegacyPost post, IReadOnlyList<HistoryCms.Import.Archive.ArchiveRecord> records)
    {
        ArgumentNullException.ThrowIfNull(post);
        var happ = post.Programs[0];
        var nkidp = post.Programs[1];
        var cwihp = post.Programs[2];

        return
        [
            Item(K.SiteRoot, A.SiteRoot, LegacyPost.Organisation, null, 0, 1, new() { [P.CollectionName] = LegacyPost.Organisation }),
            Item(K.PostsFolder, A.PostsFolder, "Posts", K.SiteRoot, 0, 2, []),
            Item(K.PeopleFolder, A.PeopleFolder, "People", K.SiteRoot, 1, 2, []),
            Item(K.ProgramsFolder, A.ProgramsFolder, "Programs", K.SiteRoot, 2, 2, []),
            Item(K.ArchiveFolder, A.ArchiveFolder, "Archive", K.SiteRoot, 3, 2, []),

            Item(K.FailedDiplomacyPost, A.BlogPost, post.Title, K.PostsFolder, 0, 3, new()
            {
                [P.Standfirst] = post.Standfirst,
                [P.HeroCaption] = post.HeroCaption,
                [P.Body] = PostBody.Html(post.Body),
                [P.Citations] = SampleValues.Citations(post.Body),
                [P.Authors] = SampleValues.Udis(K.CharlesKraus),
                [P.Programs] = SampleValues.Udis(K.Happ, K.Nkidp, K.Cwihp),
            }),

            Item(K.CharlesKraus, A.Author, post.AuthorName, K.PeopleFolder, 0, 3, new()
            {
                [P.JobTitle] = post.AuthorJobTitle,
                [P.Affiliation] = SampleValues.Udis(K.Happ),
                [P.ShortBio] = post.AuthorBio,
            }),

            Item(K.Happ, A.Program, happ.Name, K.ProgramsFolder, 0, 3, new()
            {
                [P.ShortDescription] = happ.Description,
                [P.Staff] = SampleValues.Udis(K.CharlesKraus),
                [P.Blocks] = SampleValues.HappBlocks(happ.Description),
            }),
            Item(K.Nkidp, A.Program, nkidp.Name, K.Happ, 0, 4, new() { [P.ShortDescription] = nkidp.Description }),
            Item(K.Cwihp, A.Program, cwihp.Name, K.Happ, 1, 4, new() { [P.ShortDescription] = cwihp.Description }),

            Document(K.MarshallSpeech, "Speech by George Marshall at the " + UnitedNations, 0, new(1947, 9, 17), "Speech",
                "US Secretary of State George Marshall announced the United States’ new position on Korea: instead of further "
                + "bilateral talks, the US would turn the issue of Korean independence over to the United Nations.",
                officialNumber: null, people: ["George Marshall"]),
            Document(K.VyshinskySpeech, "Speech by Andrei Vyshinsky at the " + UnitedNations, 1, new(1947, 9, 18), "Speech",
                "Vyshinsky offered a fiery rebuttal to US Secretary of State George Marshall, who spoke the previous day.",
                officialNumber: null, people: ["Andrei Vyshinsky | Andrey Vyshinsky"]),
            Document(K.UsDraftResolution, "US draft resolution on Korea", 2, new(1947, 10, 17), "Draft Resolution",
                "Introduced by the United States, calling for the creation of a UN Temporary Commission to organize elections by March 1948.",
                officialNumber: "A/C.1/218", people: []),
            Document(K.SovietDraftResolution, "Soviet draft resolution on Korea", 3, new(1947, 10, 29), "Draft Resolution",
                "One of the draft resolutions submitted for the Soviet initiatives on Korea; it was voted down.",
                officialNumber: "A/C.1/229", people: []),
            .. ArchiveSamples.Build(records, (K.Happ, happ.Name), firstSortOrder: 4),
        ];
    }

    private static ContentItem Document(
        Guid key, string name, int sortOrder, DateOnly date, string documentType, string summary, string? officialNumber, string[] people) =>
        Item(key, A.ArchivalDocument, name, K.ArchiveFolder, sortOrder, 3, new()
        {
            [P.DocumentDate] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [P.Genre] = SampleValues.JsonArray(documentType),
            [P.Summary] = summary,
            [P.OfficialNumber] = officialNumber,
            [P.People] = people.Length == 0 ? null : string.Join('\n', people),
            [P.Programs] = SampleValues.Udis(K.Happ),
        });

    private static ContentItem Item(Guid key, string type, string name, Guid? parent, int sortOrder, int level, Dictionary<string, string?> values) =>
        new(key, type, name, parent, sortOrder, level, Created, Created, string.Empty, values);

    /// <summary>The post body as rich text, with a citation marker after each sentence that names a cited document.</summary>
    private static class PostBody
    {
        public static string Html(IReadOnlyList<string> paragraphs)
        {
            var html = new StringBuilder();
            foreach (var paragraph in paragraphs)
            {
                var markup = Encode(paragraph);
                foreach (var (anchor, citation) in SampleValues.CitationAnchors)
                {
                    var at = markup.IndexOf(Encode(anchor), StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        markup = markup.Insert(at + Encode(anchor).Length, $"<sup data-citation=\"{citation:D}\"></sup>");
                    }
                }

                html.Append("<p>").Append(markup).Append("</p>\n");
            }

            return html.ToString().TrimEnd('\n');
        }

        private static string Encode(string text) => SampleValues.EscapeHtml(text);
    }
}
