namespace HistoryCms.Core.Citations;

/// <summary>
/// The words of a title with bracketed insertions ("[Helmut Kohl's]") and quotations ("“Long Telegram”") kept whole,
/// so that shortening a title never leaves a bracket or quotation mark open.
/// </summary>
internal static class TitleGroups
{
    private static readonly Dictionary<char, char> Pairs = new()
    {
        ['['] = ']', ['('] = ')', ['“'] = '”', ['«'] = '»', ['„'] = '“', ['‘'] = '’', ['"'] = '"', ['\''] = '\'',
    };

    /// <summary>The title's units: words, with a bracketed or quoted group as one unit (an unclosed group runs to the end).</summary>
    public static List<string> Units(string text)
    {
        var units = new List<string>();
        var current = new List<string>();
        var open = new Stack<char>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            current.Add(word);
            Track(word, open);
            if (open.Count == 0)
            {
                units.Add(string.Join(' ', current));
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            units.Add(string.Join(' ', current));
        }

        return units;
    }

    /// <summary>The index of the first of <paramref name="marks"/> outside any bracket or quotation, or -1.</summary>
    public static int FirstOutside(string text, char[] marks)
    {
        var open = new Stack<char>();
        for (var i = 0; i < text.Length; i++)
        {
            if (open.Count == 0 && marks.Contains(text[i]))
            {
                return i;
            }

            Step(text, i, open);
        }

        return -1;
    }

    private static void Track(string word, Stack<char> open)
    {
        for (var i = 0; i < word.Length; i++)
        {
            Step(word, i, open);
        }
    }

    private static void Step(string text, int i, Stack<char> open)
    {
        var c = text[i];
        if (open.Count > 0 && c == open.Peek() && (c is not ('’' or '\'') || i == text.Length - 1 || !char.IsLetter(text[i + 1])))
        {
            open.Pop();
            return;
        }

        var startsWord = i == 0 || text[i - 1] == ' ' || text[i - 1] is '(' or '[';
        if (Pairs.TryGetValue(c, out var close) && (c is '[' or '(' or '«' or '“' or '„' || startsWord))
        {
            open.Push(close);
        }
    }
}
