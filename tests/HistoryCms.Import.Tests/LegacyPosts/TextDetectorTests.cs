using HistoryCms.Import.LegacyPosts;

namespace HistoryCms.Import.Tests.LegacyPosts;

public class TextDetectorTests
{
    [Theory]
    [InlineData("will be published by 澳门六合彩’s History and Public Policy Program", "澳门六合彩", "gambling advertisement vocabulary")]
    [InlineData("It is part of 葡京娱乐's History Program.", "葡京娱乐", "gambling advertisement vocabulary")]
    [InlineData("the program of 北京大学 in the north", "北京大学", "Han (Chinese) script inside Latin prose")]
    [InlineData("Soviet archives and online casino bonuses", "casino", "gambling advertisement vocabulary")]
    [InlineData("Read the files at www.best-odds.cc today", "www.best-odds.cc", "web address")]
    [InlineData("Посетите наше казино сегодня", "казино", "gambling advertisement vocabulary")]
    public void Injected_looking_text_is_found_with_its_reason(string text, string run, string reason)
    {
        var hit = Assert.Single(SpamDetector.Find(text), h => h.Text.Contains(run, StringComparison.Ordinal));
        Assert.Contains(reason, hit.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Andrei Vyshinsky (Андрей Вышинский) spoke on September 18, 1947.")]
    [InlineData("The title “中华人民共和国” is the original.")]
    [InlineData("Korea’s independence — a “trusteeship” — was the aim.")]
    [InlineData("Посол Штыков записал в дневнике.")]
    [InlineData("")]
    public void Prose_and_quoted_original_forms_are_not_flagged(string text) =>
        Assert.Empty(SpamDetector.Find(text));

    [Theory]
    [InlineData("By September 12 the leadership waited. Jacob Malik — then Deputy Foreign Minister — . He believed it.", "Jacob Malik — then Deputy Foreign Minister — .")]
    [InlineData("Vyshinsky demanded an “.” Molotov called it incorrect.", "Vyshinsky demanded an “.”")]
    [InlineData("On , Molotov lambasted George Marshall.", "On , Molotov lambasted George Marshall.")]
    [InlineData("Resolutions were submitted (Document A/C.1/229 and ) but failed.", "Resolutions were submitted (Document A/C.1/229 and ) but failed.")]
    public void A_sentence_that_lost_its_link_words_is_found(string text, string sentence) =>
        Assert.Equal([sentence], StrippedLinkDetector.Find(text));

    [Theory]
    [InlineData("In spring 1946, and, after a lull, resumed negotiations.")]
    [InlineData("The U.S. position, as Marshall said, was firm (for now).")]
    [InlineData("He paused... and went on.")]
    [InlineData("It was a “trusteeship.” The rationales differ.")]
    public void Whole_sentences_are_not_found(string text) =>
        Assert.Empty(StrippedLinkDetector.Find(text));
}
