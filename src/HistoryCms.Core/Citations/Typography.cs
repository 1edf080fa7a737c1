namespace HistoryCms.Core.Citations;

/// <summary>
/// Chicago's typographic quotation marks, as the official Chicago CSL style prints them: a straight apostrophe becomes ’ ("Chancellor’s"), a
/// straight single quotation mark ‘…’, a straight double one “…”. The digital-archive style keeps the archive's
/// straight marks and does not use this.
/// </summary>
public static class Typography
{
    /// <summary>The text with curly quotation marks and apostrophes.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with typographic marks.</returns>
    public static string Curly(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOfAny(['\'', '"']) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var opening = i == 0 || char.IsWhiteSpace(chars[i - 1]) || chars[i - 1] is '(' or '[' or '{' or '—' or '–' or '“' or '‘' or '"' or '\'';
            if (chars[i] == '\'')
            {
                chars[i] = opening && i + 1 < chars.Length && !char.IsWhiteSpace(chars[i + 1]) ? '‘' : '’';
            }
            else if (chars[i] == '"')
            {
                chars[i] = opening ? '“' : '”';
            }
        }

        return new string(chars);
    }
}
