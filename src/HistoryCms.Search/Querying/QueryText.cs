using System.Globalization;
using System.Text;
using HistoryCms.Core.Search;

namespace HistoryCms.Search.Querying;

/// <summary>
/// Parses what a reader typed: words (all required), <c>"phrases"</c>, <c>OR</c>, <c>AND</c>, <c>NOT</c>/<c>-</c>,
/// parentheses and a trailing <c>*</c>. Repairs what it safely can (control characters, an unclosed quote or
/// parenthesis, a stray operator) and says so in <see cref="Notices"/>; rejects what it cannot answer (too long,
/// a leading wildcard) with a <see cref="SearchQueryException"/> that says what to change.
/// </summary>
internal sealed class QueryText
{
    /// <summary>The longest query text accepted, in characters.</summary>
    public const int MaxLength = 1000;

    /// <summary>The most words and phrases a query may hold.</summary>
    public const int MaxTerms = 32;

    private const int MaxDepth = 8;

    private readonly List<string> tokens;
    private readonly List<string> notices;
    private int position;
    private int terms;

    private QueryText(List<string> tokens, List<string> notices)
    {
        this.tokens = tokens;
        this.notices = notices;
    }

    /// <summary>How the query was repaired, in words for the reader.</summary>
    public IReadOnlyList<string> Notices => notices;

    /// <summary>Parses query text.</summary>
    /// <param name="text">The text as typed.</param>
    /// <param name="notices">Receives how the text was repaired.</param>
    /// <returns>The parsed query, or <c>null</c> when there is nothing to search for.</returns>
    /// <exception cref="SearchQueryException">The text cannot be searched as typed.</exception>
    public static QueryNode? Parse(string? text, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxLength)
        {
            throw new SearchQueryException(string.Create(CultureInfo.InvariantCulture,
                $"The search text is {text.Length:N0} characters long; the limit is {MaxLength:N0}. Search for fewer words."));
        }

        var parser = new QueryText(Lex(Clean(text, notices), notices), notices);
        return parser.ParseAny(0);
    }

    private static string Clean(string text, List<string> notices)
    {
        var builder = new StringBuilder(text.Length);
        var removed = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                removed |= !char.IsWhiteSpace(c);
                builder.Append(' ');
            }
            else
            {
                builder.Append(c is ':' or '\u3000' ? ' ' : c);
            }
        }

        if (removed)
        {
            notices.Add("Removed control or invalid characters from the search text.");
        }

        return builder.ToString();
    }

    private static List<string> Lex(string text, List<string> notices)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c is '"' or '“' or '”' or '„' or '«' or '»')
            {
                var end = text.IndexOfAny(['"', '“', '”', '«', '»'], i + 1);
                if (end < 0)
                {
                    notices.Add("Closed an unbalanced quotation mark at the end of the search text.");
                    end = text.Length;
                }

                tokens.Add("\"" + text[(i + 1)..end]);
                i = end + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"' or '“' or '”' or '„' or '«' or '»'))
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
        }

        return tokens;
    }

    private QueryNode? ParseAny(int depth)
    {
        var parts = new List<QueryNode>();
        var part = ParseAll(depth);
        if (part is not null)
        {
            parts.Add(part);
        }

        while (Peek() is "OR" or "||")
        {
            position++;
            part = ParseAll(depth);
            if (part is null)
            {
                notices.Add("Ignored an OR with nothing after it.");
            }
            else
            {
                parts.Add(part);
            }
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AnyNode(parts),
        };
    }

    private QueryNode? ParseAll(int depth)
    {
        var parts = new List<QueryNode>();
        while (Peek() is { } token && token is not ("OR" or "||"))
        {
            if (token == ")")
            {
                if (depth > 0)
                {
                    break;
                }

                notices.Add("Ignored a closing parenthesis without an opening one.");
                position++;
                continue;
            }

            if (token is "AND" or "&&")
            {
                position++;
                continue;
            }

            if (ParseUnary(depth) is { } node)
            {
                parts.Add(node);
            }
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AllNode(parts),
        };
    }

    private QueryNode? ParseUnary(int depth)
    {
        var token = tokens[position];
        if (token is "NOT" or "!" or "-")
        {
            position++;
            var excluded = Peek() is null or ")" or "OR" or "||" ? null : ParseUnary(depth);
            if (excluded is null)
            {
                notices.Add("Ignored a NOT with nothing after it.");
            }

            return excluded is null ? null : new NotNode(excluded);
        }

        if (token.Length > 1 && token[0] is '-' or '!' && token[1] != '-')
        {
            tokens[position] = token[1..];
            return new NotNode(ParseUnary(depth) ?? new WordNode(token[1..], false));
        }

        if (token.Length > 1 && token[0] == '+')
        {
            tokens[position] = token[1..];
            return ParseUnary(depth);
        }

        position++;
        if (token == "(")
        {
            var inner = depth >= MaxDepth ? throw new SearchQueryException($"The search text nests parentheses more than {MaxDepth} deep.") : ParseAny(depth + 1);
            if (Peek() == ")")
            {
                position++;
            }
            else
            {
                notices.Add("Closed an unbalanced parenthesis at the end of the search text.");
            }

            return inner;
        }

        return token[0] == '"' ? Phrase(token[1..]) : Word(token);
    }

    private PhraseNode? Phrase(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        CountTerm();
        return new PhraseNode(text.Replace('*', ' '));
    }

    private WordNode? Word(string token)
    {
        var star = token.IndexOf('*', StringComparison.Ordinal);
        if (star == 0)
        {
            throw new SearchQueryException($"A word cannot start with a wildcard ('{token}'): type its first letters, as in 'Vyshin*'.");
        }

        if (star > 0 && star < token.TrimEnd('*').Length)
        {
            throw new SearchQueryException($"A wildcard can only end a word ('{token}'): search for '{token[..star]}*' instead.");
        }

        var text = token.TrimEnd('*');
        if (!text.Any(char.IsLetterOrDigit))
        {
            return null;
        }

        if (star > 0 && text.Count(char.IsLetterOrDigit) < 2)
        {
            throw new SearchQueryException($"Type at least two letters before the wildcard in '{token}'.");
        }

        CountTerm();
        return new WordNode(text, star > 0);
    }

    private void CountTerm()
    {
        if (++terms > MaxTerms)
        {
            throw new SearchQueryException($"The search text has more than {MaxTerms} words and phrases. Search for fewer words.");
        }
    }

    private string? Peek() => position < tokens.Count ? tokens[position] : null;
}
