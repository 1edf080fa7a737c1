using System.Globalization;
using HistoryCms.Core.Content;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>
/// The posts of the site that no import made (written in the backoffice, or by the sample writer), so that importing the
/// old site's copy of one of them updates it in place instead of creating a second post of the same article. The content
/// model keeps no old address on a post, so a post is the same article when it has the same title (whitespace and case
/// ignored) and the same publish date; when one of the two has no publish date, the title alone decides, and the report says
/// so. Two candidates, or one another post of this run already matched, match nothing: the post is imported as a new one
/// and that is reported too.
/// </summary>
internal sealed class ExistingPosts
{
    private readonly Dictionary<string, List<ExistingPost>> _byTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, string> _claimed = [];

    /// <summary>Indexes the posts.</summary>
    /// <param name="posts">The hand-made posts (not trashed), with their files.</param>
    public ExistingPosts(IEnumerable<ExistingPost> posts)
    {
        foreach (var post in posts)
        {
            var title = ImportKeys.NormaliseName(post.Item.Name);
            if (!_byTitle.TryGetValue(title, out var list))
            {
                _byTitle[title] = list = [];
            }

            list.Add(post);
        }
    }

    /// <summary>The existing post an imported post is the same article as, or <c>null</c>; what was decided goes to <paramref name="findings"/>.</summary>
    /// <param name="post">The imported post (key derived from its old URL).</param>
    /// <param name="identity">Its old URL.</param>
    /// <param name="file">The input file, for findings.</param>
    /// <param name="findings">Receives the match, or why a post of the same title was not matched.</param>
    /// <returns>The existing post, or <c>null</c>.</returns>
    public ExistingPost? Match(ContentItem post, string identity, string file, ICollection<ImportFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(findings);
        // A post made with the key the import derives is found by that key; no other post is the same article then.
        if (!_byTitle.TryGetValue(ImportKeys.NormaliseName(post.Name), out var sameTitle) || _byTitle.Values.Any(l => l.Exists(c => c.Item.Key == post.Key)))
        {
            return null;
        }

        var day = Day(post.Value(P.PublishDate));
        var otherDates = sameTitle.Where(c => day is not null && Day(c.Item.Value(P.PublishDate)) is { } other && other != day).ToList();
        var sameDate = sameTitle.Where(c => day is not null && Day(c.Item.Value(P.PublishDate)) == day).ToList();
        var undated = sameTitle.Except(otherDates).Except(sameDate).ToList();
        var candidates = sameDate.Count > 0 ? sameDate : undated;
        if (candidates.Count == 0)
        {
            var other = otherDates[0];
            findings.Add(new(file, identity, P.PublishDate, FindingKind.Flagged,
                $"The site has a post of the same title, \"{other.Item.Name}\" ({other.Path}), published {Day(other.Item.Value(P.PublishDate)):yyyy-MM-dd}, "
                + $"but this post is dated {day:yyyy-MM-dd}, so it is imported as a new post. If they are the same article, delete one of them."));
            return null;
        }

        if (candidates.Count > 1)
        {
            findings.Add(new(file, identity, "name", FindingKind.Flagged,
                $"The site has {candidates.Count} posts titled \"{post.Name}\" ({string.Join(", ", candidates.Select(c => c.Path))}) that no import made; "
                + "the import cannot tell which one is this article, so it is imported as a new post. Delete the copies that are the same article."));
            return null;
        }

        var match = candidates[0];
        if (_claimed.TryGetValue(match.Item.Key, out var earlier))
        {
            findings.Add(new(file, identity, "name", FindingKind.Flagged,
                $"The existing post \"{match.Item.Name}\" ({match.Path}) has this title, but {earlier} was matched to it in this run; this post is imported as a new post. If they are the same article, import it once, with --url."));
            return null;
        }

        _claimed[match.Item.Key] = identity;
        var why = sameDate.Count > 0
            ? $"by title and date (both published {day:yyyy-MM-dd})"
            : day is null
                ? "by title (the imported page gives no publish date to compare)"
                : $"by title (the existing post has no publish date to compare with {day:yyyy-MM-dd})";
        findings.Add(new(file, identity, "name", FindingKind.Guessed,
            $"Matched the existing post \"{match.Item.Name}\" ({match.Path}, key {match.Item.Key:D}) {why}: no import made it, so it is updated in place rather than "
            + "imported a second time. Its fields that differ keep their stored values and are listed as conflicts."));
        return match;
    }

    private static DateOnly? Day(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var moment)
            ? DateOnly.FromDateTime(moment)
            : null;
}

/// <summary>A post of the site that no import made.</summary>
/// <param name="Item">The post.</param>
/// <param name="Path">Its file, relative to the uSync folder.</param>
internal sealed record ExistingPost(ContentItem Item, string Path);
