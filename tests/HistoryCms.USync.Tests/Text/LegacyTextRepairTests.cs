using HistoryCms.USync.Cli.Samples;
using HistoryCms.USync.Text;

namespace HistoryCms.USync.Tests.Text;

public class LegacyTextRepairTests
{
    private static string Fixture() => File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "legacy-post-failed-diplomacy.txt"));

    private static string RepairedFixture() => LegacyTextRepair.Repair(Fixture().Replace(LegacyPost.SpamString, LegacyPost.Organisation, StringComparison.Ordinal));

    [Theory]
    [InlineData("Korea鈥檚 independence", "Korea’s independence")]
    [InlineData("it was a 鈥渢rusteeship.鈥 The", "it was a “trusteeship.” The")]
    [InlineData("the so-called 鈥淢oscow Agreement.鈥", "the so-called “Moscow Agreement.”")]
    [InlineData("V.M. Molotov 鈥搕he US", "V.M. Molotov –the US")]
    [InlineData("in sophisticated terms 鈥 it was", "in sophisticated terms — it was")]
    [InlineData("demanded an 鈥.鈥", "demanded an “.”")]
    [InlineData("鈥渋ncorrect and unacceptable,鈥 and", "“incorrect and unacceptable,” and")]
    [InlineData("鈥渧iolation of the commitments which the United States took upon itself鈥 in regards", "“violation of the commitments which the United States took upon itself” in regards")]
    [InlineData("announced the United States鈥 new position", "announced the United States’ new position")]
    [InlineData("鈥淸Delegates] expressed", "“[Delegates] expressed")]
    [InlineData("The History and Public Policy Program听makes", "The History and Public Policy Program\u00A0makes")]
    [InlineData("contemporary聽legacies.", "contemporary\u00A0legacies.")]
    [InlineData("Caf茅 au lait", "Café au lait")]
    [InlineData("plain ASCII text, unchanged.", "plain ASCII text, unchanged.")]
    [InlineData("Already “clean” — text’s fine", "Already “clean” — text’s fine")]
    [InlineData("澳门六合彩", "澳门六合彩")]
    [InlineData("中文文本", "中文文本")]
    [InlineData("Вышинский", "Вышинский")]
    [InlineData("", "")]
    public void Repairs_utf8_read_as_gbk_and_keeps_everything_else(string garbled, string clean) =>
        Assert.Equal(clean, LegacyTextRepair.Repair(garbled));

    [Theory]
    [InlineData("Koreaâ€™s independence", "Korea’s independence")]
    [InlineData("the so-called â€œMoscow Agreement.â€\u009D The", "the so-called “Moscow Agreement.” The")]
    [InlineData("in sophisticated terms â€” it was", "in sophisticated terms — it was")]
    [InlineData("CafÃ© au lait, naÃ¯ve", "Café au lait, naïve")]
    [InlineData("ProgramÂ\u00A0makes", "Program\u00A0makes")]
    [InlineData("Ð’Ñ‹ÑˆÐ¸Ð½Ñ\u0081ÐºÐ¸Ð¹", "Вышинский")]
    [InlineData("KoreaÃ¢â‚¬â„¢s", "Korea’s")]
    [InlineData("NÃO is Portuguese, Ã\u00A0 la carte is not", "NÃO is Portuguese, à la carte is not")]
    [InlineData("Très bien, “quoted” – fine", "Très bien, “quoted” – fine")]
    public void Repairs_utf8_read_as_windows_1252_and_keeps_everything_else(string garbled, string clean) =>
        Assert.Equal(clean, LegacyTextRepair.Repair(garbled));

    [Theory]
    [InlineData("我听你说", "我听你说")]
    [InlineData("茅台酒", "茅台酒")]
    [InlineData("他说：“茅台”", "他说：“茅台”")]
    [InlineData("for听the scholarly", "for\u00A0the scholarly")]
    public void Chinese_text_stays_and_the_simplified_no_break_space_is_a_space_only_next_to_latin_text(string text, string repaired) =>
        Assert.Equal(repaired, LegacyTextRepair.Repair(text));

    [Theory]
    [InlineData("Korea鈥檚 independence", "鈥檚", "’s", TextDamage.Gbk, false)]
    [InlineData("a 鈥渢rusteeship", "鈥渢", "“t", TextDamage.Gbk, false)]
    [InlineData("Caf茅 au lait", "茅", "é", TextDamage.Gbk, false)]
    [InlineData("terms 鈥 it was", "鈥", "—", TextDamage.Gbk, true)]
    [InlineData("demanded an 鈥.", "鈥", "“", TextDamage.Gbk, true)]
    [InlineData("Koreaâ€™s", "â€™", "’", TextDamage.Windows1252, false)]
    [InlineData("terms â€ it was", "â€", "—", TextDamage.Windows1252, true)]
    public void Each_repair_is_noted_as_certain_or_as_a_guess(string text, string original, string replacement, TextDamage damage, bool guess)
    {
        var note = Assert.Single(LegacyTextRepair.RepairWithNotes(text).Notes);
        Assert.Equal((original, replacement, damage, guess), (note.Original, note.Replacement, note.Damage, note.IsGuess));
        Assert.Contains(replacement, note.Context, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain ASCII text")]
    [InlineData("Already “clean” — text’s fine")]
    [InlineData("澳门六合彩")]
    public void Clean_text_gets_no_notes(string text) =>
        Assert.Empty(LegacyTextRepair.RepairWithNotes(text).Notes);

    [Fact]
    public void The_repaired_fixture_holds_no_cjk_character_and_no_mojibake()
    {
        var text = RepairedFixture();
        Assert.False(LegacyTextRepair.LooksGarbled(text), "the repaired post still looks garbled");
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u9FFF');
        Assert.DoesNotContain('\uFFFF', text);
    }

    [Fact]
    public void The_repaired_fixture_has_the_right_punctuation()
    {
        var text = RepairedFixture();
        Assert.Contains("Korea’s independence", text, StringComparison.Ordinal);
        Assert.Contains("Marshall concluded “that further attempts to solve the Korean problem", text, StringComparison.Ordinal);
        Assert.Contains("independent, united Korea.”", text, StringComparison.Ordinal);
        Assert.Contains("Jacob Malik — then Deputy Foreign Minister — .", text, StringComparison.Ordinal);
        Assert.Contains("Soviet-American cooperation over the Korean issue — if it ever existed — was dead.", text, StringComparison.Ordinal);
        Assert.Contains("called “stunning.” “[Delegates] expressed shock and dismay at the fury of the attack,” the front-page", text, StringComparison.Ordinal);
        Assert.Contains("published by Wilson Center’s History and Public Policy Program", text, StringComparison.Ordinal);
        Assert.Contains("Program\u00A0makes public", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_quotation_in_the_repaired_fixture_is_closed_within_its_paragraph()
    {
        foreach (var paragraph in RepairedFixture().Split('\n'))
        {
            Assert.Equal(paragraph.Count(c => c == '“'), paragraph.Count(c => c == '”'));
        }
    }

    [Fact]
    public void Repair_loses_no_letter_of_the_fixture()
    {
        // Letters hidden in the garbled characters (鈥檚 holds the "s" of ’s) come back, so the original's letters
        // must appear, in order, among the repaired text's.
        static string Letters(string s) => new([.. s.Where(c => c < 128 && char.IsLetterOrDigit(c))]);

        var original = Letters(Fixture().Replace(LegacyPost.SpamString, LegacyPost.Organisation, StringComparison.Ordinal));
        var repaired = Letters(RepairedFixture());
        var at = 0;
        foreach (var c in original)
        {
            at = repaired.IndexOf(c, at) + 1;
            Assert.True(at > 0, "a letter of the post was lost in the repair");
        }

        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gbk = System.Text.Encoding.GetEncoding(936);
        var hidden = Fixture().Count(c => c > 127 && gbk.GetBytes([c]) is [_, var second] && second < 128 && char.IsLetterOrDigit((char)second));
        Assert.Equal(original.Length + hidden, repaired.Length);
    }

    [Fact]
    public void Repairing_twice_changes_nothing_more()
    {
        var once = RepairedFixture();
        Assert.Equal(once, LegacyTextRepair.Repair(once));
    }

    [Theory]
    [InlineData("Korea鈥檚", true)]
    [InlineData("â€™s", true)]
    [InlineData("bad \uFFFD byte", true)]
    [InlineData("Korea’s “clean” — text", false)]
    [InlineData("Вышинский, Ærø", false)]
    public void Garbled_text_is_recognised(string text, bool garbled) =>
        Assert.Equal(garbled, LegacyTextRepair.LooksGarbled(text));
}
