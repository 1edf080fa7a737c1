using CsCheck;
using HistoryCms.Core.Archival;

namespace HistoryCms.Core.Tests.Archival;

/// <summary>Property-based: for any text, parsing never throws, never loses or changes a character, and only punctuation falls between parts.</summary>
public class ArchivalReferenceRoundTripTests
{
    private static readonly string[] Tokens =
    [
        "RGANI", "GARF", "BArch", "PRC FMA", "РГАНИ", "TsAMO RF", "Library", "Archives", "fonds", "Papers of", "f.", "F.", "fond", "ф.", "op.", "op",
        "opis'", "оп.", "d.", "delo", "д.", "l.", "ll.", "list", "listy", "л.", "лл.", "ob.", "об.", "p.", "pp.", "ff.", "Bl.", "S.", "t.", "tom",
        "ed. khr.", "spr.", "ark.", "Box", "box", "Folder", "File No.", "Series", "Collection", "vol.", "No.", "№", "RG", "sygn.", "k.",
        "5", "49", "131", "193", "194", "7ob", "12r", "13v", "R-9401", "059a", "B 136/59748", "MS-2-650.2013-070", "21-1", "1945",
        "-", "–", "—", ",", ", ", ";", ".", ". ", " ", "  ", "(", ")", "[", "]", "/", "\t", "\n", "\r\n", "\u00A0", "\u0000", "\u200B",
        "Translated", "translated", "Translation", "Contributed", "transcribed", "Obtained", "edited", "for CWIHP", "from the Russian", "by", "by ", "and", "&",
        "Gary Goldberg", "James G. Hershberg", "Jr.", "Stephan Kieninger", "Halifax", "Nova Scotia", "Canada", "\uD83D\uDCDC", "\uD800", "é", "ё",
        "A’0123", "A'-0356", "B″0045", "A\"0123", "′", "’", "'", "\"", "(Microfilm)", "(microfilm reel 12)", "(Photocopy", "Microfilm)",
        "trans.", "ed.", "eds.", "(Tokyo: Iwanami Shoten, 1999)", "(Boston: Little, Brown, 1967)", "(", ":", "Tokyo", "1999)", "Kato Hiroshi. ",
        "provided to", "copy on file at", "obtained by", "translation by", "(Korea University)", "for the", "Project",
        "Yale University", "Stiftung", "Bundesarchiv", "403-410", "412", "403 - 410",
    ];

    private static readonly Gen<string> AnyText = Gen.String[0, 200];

    private static readonly Gen<string> TokenSoup = Gen.OneOf(Tokens).Array[0, 40].Select(parts => string.Concat(parts));

    [Fact]
    public void Any_text_round_trips_byte_identically() =>
        AnyText.Sample(AssertRoundTrip, iter: 5_000);

    [Fact]
    public void Any_mix_of_archival_tokens_round_trips_byte_identically() =>
        TokenSoup.Sample(AssertRoundTrip, iter: 10_000);

    [Fact]
    public void Control_characters_and_broken_surrogates_round_trip() =>
        Gen.String[Gen.Char['\u0000', '\u001F'], 0, 50].Sample(AssertRoundTrip, iter: 2_000);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("\u0000")]
    [InlineData("\uD800")]
    [InlineData("Translated by")]
    [InlineData("Translated by .")]
    [InlineData("by by by")]
    [InlineData("f. f. f. 5")]
    [InlineData(", , ,")]
    [InlineData("((((((((((")]
    [InlineData("ll. 5-")]
    [InlineData("ll. -5")]
    [InlineData("  RGANI ,  f.  5 ,op.1  ")]
    public void Edge_cases_round_trip(string text) => AssertRoundTrip(text);

    [Fact]
    public void Null_reads_as_the_empty_reference()
    {
        var reference = ArchivalReference.Parse(null);
        Assert.Same(ArchivalReference.Empty, reference);
        Assert.True(reference.IsEmpty);
        Assert.Equal("", reference.ToString());
        Assert.Empty(reference.Parts);
        Assert.Null(reference.Repository);
    }

    [Fact]
    public void References_parsed_from_the_same_text_are_equal()
    {
        const string text = "RGANI, f. 5, op. 49, d. 131, ll. 193-194.";
        Assert.Equal(ArchivalReference.Parse(text), ArchivalReference.Parse(text));
        Assert.Equal(ArchivalReference.Parse(text).GetHashCode(), ArchivalReference.Parse(text).GetHashCode());
        Assert.NotEqual(ArchivalReference.Parse(text), ArchivalReference.Parse(text + " "));
    }

    [Fact]
    public void A_huge_line_is_kept_whole_without_analysis()
    {
        var text = string.Concat(Enumerable.Repeat("RGANI, f. 5, op. 49, d. 131, ll. 193-194. ", 200));
        var reference = ArchivalReference.Parse(text);
        Assert.Equal(text, reference.ToString());
        Assert.Equal(ArchivalPartKind.Remainder, Assert.Single(reference.Parts).Kind);
    }

    private static void AssertRoundTrip(string text)
    {
        Assert.True(text.Length > ArchivalReferenceParser.MaxLength || ArchivalReferenceParser.Segment(text) is not null, $"The segments of \"{text}\" do not cover it.");
        var reference = ArchivalReference.Parse(text);
        Assert.Equal(text, reference.ToString());
        Assert.Equal(text, reference.Text);

        var at = 0;
        foreach (var segment in reference.Segments)
        {
            Assert.Equal(at, segment.Start);
            var piece = text[segment.Start..segment.End];
            if (segment.IsSeparator)
            {
                Assert.True(piece.All(c => char.IsWhiteSpace(c) || ".,;:()[]".Contains(c)), $"Separator \"{piece}\" in \"{text}\" holds more than punctuation.");
            }
            else
            {
                Assert.Equal(piece, segment.Part?.Text ?? segment.Credit!.Text);
            }

            at = segment.End;
        }

        Assert.Equal(text.Length, at);
        _ = reference.ReferenceText + reference.CreditsText + reference.Remainder + reference.Repository?.DisplayName;
        foreach (var form in Enum.GetValues<ArchivalCitationForm>())
        {
            _ = reference.ToCitation(form, expandRepository: true);
        }
    }
}
