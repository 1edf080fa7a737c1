namespace HistoryCms.Import.LegacyPosts;

/// <summary>
/// Reads a plain-text capture of a page (what a browser's "save as text" or a crawler gives, as
/// <c>legacy-post-failed-diplomacy.txt</c>): blocks are separated by blank lines and keep their inner line breaks; a
/// block ending in " image" is an image's alternative text, as such captures print it.
/// </summary>
internal static class TextCapture
{
    private const string ImageSuffix = " image";

    /// <summary>The blocks of a text capture.</summary>
    /// <param name="text">The capture.</param>
    /// <returns>The page.</returns>
    public static PageSource Read(string text)
    {
        var blocks = new List<PageBlock>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var current = new List<string>();
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].Trim() : string.Empty;
            if (line.Length > 0)
            {
                if (current.Count == 0)
                {
                    start = i + 1;
                }

                current.Add(line);
                continue;
            }

            if (current.Count > 0)
            {
                var block = string.Join('\n', current);
                var kind = current.Count == 1 && IsImageText(block) ? BlockKind.Image : BlockKind.Text;
                blocks.Add(new PageBlock(block, kind, start, null));
                current.Clear();
            }
        }

        return new PageSource(blocks, Url: null, HeadTitle: null, Description: null, Date: null, IsHtml: false);
    }

    private static bool IsImageText(string block) =>
        block.EndsWith(ImageSuffix, StringComparison.Ordinal) && block.Split(' ').Length <= 8 && !block.Contains('.', StringComparison.Ordinal);
}
