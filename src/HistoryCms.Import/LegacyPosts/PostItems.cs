using HistoryCms.Core.Citations;
using HistoryCms.Core.Content;
using HistoryCms.Core.Dates;
using HistoryCms.USync.Naming;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>Turns the parts of a post page into the post, its missing authors and programs, and the findings.</summary>
internal static class PostItems
{
    /// <summary>Builds the items.</summary>
    public static LegacyPostResult Build(string file, PageSource page, PostParts parts, TextCleaner cleaner, LegacyPostOptions options, string? oldUrl)
    {
        foreach (var chrome in parts.Chrome)
        {
            cleaner.Flag(cleaner.RepairOnly(chrome.Text, chrome.Location, null), chrome.Location, null, isProse: false);
        }

        var title = Title(parts.Title, page, cleaner);
        var url = Identity(title, page, cleaner, options, oldUrl);
        var standfirst = parts.Standfirst is { } s ? cleaner.Clean(s.Text, s.Location, P.Standfirst, isProse: true) : null;
        var caption = parts.HeroCaption is { } c ? cleaner.Clean(c.Text, c.Location, P.HeroCaption, isProse: true) : null;
        if (parts.HeroAlt is { } alt)
        {
            var source = alt.Element?.GetAttribute("src") is { Length: > 0 } src ? $" ({src})" : string.Empty;
            cleaner.Add(alt.Location, P.HeroImage, FindingKind.Skipped,
                $"The hero image{source}, \"{cleaner.RepairOnly(alt.Text, alt.Location, P.HeroImage)}\", is not imported (images are not part of the import); add it in the backoffice.");
        }

        var day = PublishDay(page, parts, cleaner);
        var date = day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : options.ImportedAt;
        var (programs, createdPrograms) = ProgramItems.Build(parts.Programs, cleaner, options, date);
        var (authors, createdAuthors) = Authors(parts, programs, cleaner, options, date);

        var writer = new BodyWriter(cleaner, options, url);
        var body = writer.Write(parts.Body);
        var key = ImportKeys.PostKey(url);
        var values = new Dictionary<string, string?>
        {
            [P.Standfirst] = standfirst,
            [P.HeroCaption] = caption,
            [P.Body] = body.Length == 0 ? null : PostValues.RichText(body),
            [P.Citations] = writer.Citations.Count == 0 ? null : CitationJson.Write(new CitationList(writer.Citations)),
            [P.Authors] = PostValues.Udis(authors),
            [P.Programs] = PostValues.Udis(programs.Select(p => p.Key)),
            [P.PublishDate] = day is { } published ? PostValues.Date(published) : null,
        };
        var post = new ContentItem(key, A.BlogPost, title, options.Folders.Posts.Key, 0, options.Folders.Posts.Level + 1, date, date, string.Empty, values);
        return new LegacyPostResult(file, new ImportedContent(url, post), createdPrograms, createdAuthors, cleaner.Findings);
    }

    private static string Title(PageBlock block, PageSource page, TextCleaner cleaner)
    {
        var title = cleaner.Clean(block.Text, block.Location, "title", isProse: false);
        if (block.Element is not null || !page.IsHtml)
        {
            return title;
        }

        var bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        var trimmed = bar > 0 ? title[..bar].Trim() : title;
        cleaner.Add(block.Location, "title", FindingKind.Guessed,
            $"The page has no <h1>; the title \"{trimmed}\" was taken from its head (\"{title}\"). Check it.");
        return trimmed;
    }

    private static string Identity(string title, PageSource page, TextCleaner cleaner, LegacyPostOptions options, string? oldUrl)
    {
        if (!string.IsNullOrWhiteSpace(oldUrl))
        {
            if (page.Url is { } own && ImportKeys.NormaliseUrl(own) != ImportKeys.NormaliseUrl(oldUrl))
            {
                cleaner.Add(page.UrlLocation, "url", FindingKind.Flagged, $"The page calls itself {own}, but it is imported as {oldUrl.Trim()}, as you asked.");
            }

            return oldUrl.Trim();
        }

        if (page.Url is { } url)
        {
            return url;
        }

        var guess = options.PostUrlBase.TrimEnd('/') + "/" + UmbracoNames.UrlSegment(title);
        cleaner.Add("file", "url", FindingKind.Guessed,
            $"The {(page.IsHtml ? "page gives no canonical link or og:url" : "capture does not say the post's old URL")}; it is imported as {guess} (from its title). If the old site used another address, import it with that URL so a re-run finds the same post.");
        return guess;
    }

    private static DateOnly? PublishDay(PageSource page, PostParts parts, TextCleaner cleaner)
    {
        var text = page.Date ?? parts.Date?.Text;
        var location = page.Date is not null ? page.DateLine is { } line ? $"line {line}" : "head" : parts.Date?.Location ?? "file";
        if (text is null)
        {
            cleaner.Add("file", P.PublishDate, FindingKind.Flagged,
                "The page gives no date; the post has no publish date and shows the day it was imported until an editor sets one.");
            return null;
        }

        switch (PostValues.ReadDate(text))
        {
            case { Precision: DatePrecision.Day, IsRange: false, IsApproximate: false } date:
                return date.Start;
            case { } vague:
                cleaner.Add(location, P.PublishDate, FindingKind.Flagged,
                    $"The date \"{text}\" is not a single day ({vague.ToEdtf()}); the publish date was left empty for an editor to set.");
                return null;
            default:
                cleaner.Add(location, P.PublishDate, FindingKind.Flagged, $"The date \"{text}\" cannot be read; the publish date was left empty.");
                return null;
        }
    }

    private static (IReadOnlyList<Guid> Keys, IReadOnlyList<ImportedContent> Created) Authors(
        PostParts parts, IReadOnlyList<ProgramRef> programs, TextCleaner cleaner, LegacyPostOptions options, DateTimeOffset date)
    {
        var keys = new List<Guid>();
        var created = new List<ImportedContent>();
        foreach (var author in parts.Authors)
        {
            var name = cleaner.Clean(author.Name.Text, author.Name.Location, "name", isProse: false);
            if (options.Lookup.FindAuthor(name) is { } existing)
            {
                keys.Add(existing.Key);
                continue;
            }

            var jobTitle = author.JobTitle is { } j ? cleaner.Clean(j.Text, j.Location, P.JobTitle, isProse: false) : null;
            var bio = author.Bio is { } b ? cleaner.Clean(b.Text, b.Location, P.ShortBio, isProse: true) : null;
            var affiliation = jobTitle is null ? null
                : programs.Where(p => jobTitle.Contains(p.Name, StringComparison.OrdinalIgnoreCase)).OrderByDescending(p => p.Name.Length).FirstOrDefault();
            var key = ImportKeys.AuthorKey(name);
            if (keys.Contains(key))
            {
                continue;
            }

            keys.Add(key);
            var item = new ContentItem(key, A.Author, name, options.Folders.People.Key, created.Count, options.Folders.People.Level + 1, date, date, string.Empty,
                new Dictionary<string, string?>
                {
                    [P.JobTitle] = jobTitle,
                    [P.ShortBio] = bio,
                    [P.Affiliation] = affiliation is null ? null : PostValues.Udis([affiliation.Key]),
                });
            created.Add(new ImportedContent("author:" + name, item));
        }

        if (keys.Count == 0)
        {
            cleaner.Add("file", P.Authors, FindingKind.Flagged, "The page names no author (no \"About the Author\" section); a post needs at least one: pick it in the backoffice.");
        }

        return (keys, created);
    }
}
