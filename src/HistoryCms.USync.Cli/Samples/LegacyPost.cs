using HistoryCms.USync.Text;

namespace HistoryCms.USync.Cli.Samples;

/// <summary>A program as the post's "Read More" footer shows it.</summary>
/// <param name="Name">The program's name.</param>
/// <param name="Description">Its short description (without the "Read more" link).</param>
public sealed record FooterProgram(string Name, string Description);

/// <summary>
/// The parts of the captured legacy post (<c>tests/fixtures/legacy-post-failed-diplomacy.txt</c>), repaired: the
/// mis-decoded punctuation restored by <see cref="LegacyTextRepair"/> and the spam string put back to "Wilson Center".
/// </summary>
/// <param name="Title">The post's title.</param>
/// <param name="Standfirst">The summary sentence under the title.</param>
/// <param name="HeroCaption">The caption of the (absent) hero image.</param>
/// <param name="Body">The body paragraphs, plain text.</param>
/// <param name="AuthorName">The author's name.</param>
/// <param name="AuthorJobTitle">The author's job title.</param>
/// <param name="AuthorBio">The author's short bio.</param>
/// <param name="Programs">The programs of the footer, in order.</param>
public sealed record LegacyPost(
    string Title,
    string Standfirst,
    string HeroCaption,
    IReadOnlyList<string> Body,
    string AuthorName,
    string AuthorJobTitle,
    string AuthorBio,
    IReadOnlyList<FooterProgram> Programs)
{
    /// <summary>The spam string that stands where the organisation's name stood.</summary>
    public const string SpamString = "澳门六合彩";

    /// <summary>The organisation's name.</summary>
    public const string Organisation = "Wilson Center";

    private const string ReadMoreLink = "Read more";

    /// <summary>Reads and repairs the captured post.</summary>
    /// <param name="text">The fixture's text.</param>
    /// <returns>The post's parts.</returns>
    /// <exception cref="FormatException">The text is not laid out as the captured page is.</exception>
    public static LegacyPost Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = LegacyTextRepair.Repair(text.Replace(SpamString, Organisation, StringComparison.Ordinal).ReplaceLineEndings("\n"));
        var blocks = clean.Split("\n\n").Select(b => b.Trim()).Where(b => b.Length > 0).ToList();

        var title = blocks[IndexOf(blocks, b => b.StartsWith("Skip to main content", StringComparison.Ordinal)) + 1];
        var standfirst = blocks[IndexOf(blocks, b => b.StartsWith("Records from", StringComparison.Ordinal))];
        var caption = blocks[IndexOf(blocks, b => b.Contains("\nDelegates listen in", StringComparison.Ordinal))].Split('\n')[1];
        var bodyStart = IndexOf(blocks, b => b.StartsWith("In September 1947", StringComparison.Ordinal));
        var about = IndexOf(blocks, b => b == "About the Author");
        var readMore = IndexOf(blocks, b => b == "Read More");

        var programs = new List<FooterProgram>();
        for (var i = readMore + 1; i + 1 < blocks.Count; i += 2)
        {
            var description = blocks[i + 1];
            if (!description.EndsWith(ReadMoreLink, StringComparison.Ordinal))
            {
                throw new FormatException($"The footer description of \"{blocks[i]}\" does not end with \"{ReadMoreLink}\".");
            }

            programs.Add(new FooterProgram(blocks[i], description[..^ReadMoreLink.Length].TrimEnd(' ', '\u00A0')));
        }

        return new LegacyPost(
            title, standfirst, caption, blocks[bodyStart..about],
            AuthorName: blocks[about + 2], AuthorJobTitle: blocks[about + 3], AuthorBio: blocks[about + 4], programs);
    }

    private static int IndexOf(List<string> blocks, Predicate<string> match)
    {
        var index = blocks.FindIndex(match);
        return index >= 0 ? index : throw new FormatException("The captured post is not laid out as expected: a section is missing.");
    }
}
