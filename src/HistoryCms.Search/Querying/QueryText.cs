using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HistoryCms.Core.Search;
using HistoryCms.Core.Validation;

namespace HistoryCms.Search.Querying;

/// <summary>
/// Parses what a reader typed: words (all required), <c>"phrases"</c>, <c>OR</c>, <c>AND</c>, <c>NOT</c>/<c>-</c>,
/// parentheses and a trailing <c>*</c>. Repairs what it safely can (control characters, an unclosed quote or
/// parenthesis, a stray operator) and says so in the notices; searches Lucene syntax it does not support (a field as in
/// <c>title:korea</c>, a range as in <c>[1945 TO 1950]</c>, a boost <c>^10</c>, fuzziness or proximity <c>~</c>, a
/// <c>?</c> wildcard) without it, and says so too, each kind once; rejects what it cannot answer (a leading wildcard,
/// too many words, deep nesting) with a <see cref="SearchQueryException"/> that says what to change. The length of the
/// text is one of <see cref="SiteSearchRules"/>.
/// </summary>
internal sealed partial class QueryText
{
    /// <summary>The most words and phrases a query may hold.</summary>
    public const int MaxTerms = 32;

    private const int MaxDepth = 8;

    private readonly List<string> _tokens;
    private readonly Notices _notices;
    private int _position;
    private int _terms;

    private QueryText(List<string> tokens, Notices notices)
    {
        _tokens = tokens;
        _notices = notices;
    }

    /// <summary>Parses query text.</summary>
    /// <param name="text">The text as typed.</param>
    /// <param name="notices">Receives how the text was repaired or read, each notice once.</param>
    /// <returns>The parsed query, or <c>null</c> when there is nothing to search for.</returns>
    /// <exception cref="SearchQueryException">The text cannot be searched as typed.</exception>
    public static QueryNode? Parse(string? text, List<string> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var said = new Notices(notices);
        var parser = new QueryText(Unsupported(Lex(Clean(text, said), said), said), said);
        return parser.ParseAny(0);
    }

    private static string Clean(string text, Notices notices)
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
                builder.Append(c == '\u3000' ? ' ' : c);
            }
        }

        if (removed)
        {
            notices.Add("Removed control or invalid characters from the search text.");
        }

        return builder.ToString();
    }

    private static List<string> Lex(string text, Notices notices)
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

                var word = text[start..i];
                if (FieldPrefix().Match(word) is { Success: true } field
                    && (field.Groups["rest"].Length > 0 || (i < text.Length && !char.IsWhiteSpace(text[i]))))
                {
                    notices.Once("field", $"Searching one field, as in '{QuotedText.Shorten(word, 40)}', is not supported: what follows the colon was searched in every field.");
                    word = field.Groups["rest"].Value;
                }

                // A colon between words is punctuation here (the word tokenizer would keep "a:b" as one word).
                tokens.AddRange(word.Split(':', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return tokens;
    }

    // Lucene syntax the search does not support: searched without it, with a notice per kind.
    private static List<string> Unsupported(List<string> tokens, Notices notices)
    {
        var kept = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token[0] is '"' or '(' or ')')
            {
                kept.Add(token);
                continue;
            }

            if (token[0] is '[' or '{' && RangeEnd(tokens, i) is { } end)
            {
                var range = string.Join(' ', tokens.Skip(i).Take(end - i + 1));
                notices.Once("range", $"Range searches such as '{QuotedText.Shorten(range, 40)}' are not supported and were left out: limit the dates with 'from' and 'to'.");
                i = end;
                continue;
            }

            if (Modifier().Match(token) is { Success: true } modifier)
            {
                var boost = modifier.Groups["mark"].Value == "^";
                notices.Once(
                    boost ? "boost" : "fuzzy",
                    boost
                        ? $"Boosts such as '{QuotedText.Shorten(token, 40)}' are not supported: the words were searched without them."
                        : $"Fuzzy and proximity searches such as '{QuotedText.Shorten(token, 40)}' are not supported: the words were searched as typed.");
                token = token[..modifier.Index];
            }

            if (token.TrimEnd('?', '!', '.', ',', ';').Contains('?', StringComparison.Ordinal))
            {
                notices.Once("question", $"'?' is not a wildcard here: '{QuotedText.Shorten(token, 40)}' was searched without it. End a word with * to find the words it begins, as in 'Kor*'.");
                token = token.Replace("?", string.Empty, StringComparison.Ordinal);
            }

            if (token.Length > 0)
            {
                kept.Add(token);
            }
        }

        return kept;
    }

    // A range is Lucene's "[a TO b]" (or with braces): the token closing it, or the last one when it is never closed;
    // null when the brackets hold no TO ("[sic]" is a word).
    private static int? RangeEnd(List<string> tokens, int first)
    {
        var to = false;
        for (var i = first; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token[0] is '"' or '(' or ')')
            {
                return to ? i - 1 : null;
            }

            to |= token == "TO";
            if (token[^1] is ']' or '}')
            {
                return to ? i : null;
            }
        }

        return to ? tokens.Count - 1 : null;
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
            _position++;
            part = ParseAll(depth);
            if (part is null)
            {
                _notices.Add("Ignored an OR with nothing after it.");
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

                _notices.Add("Ignored a closing parenthesis without an opening one.");
                _position++;
                continue;
            }

            if (token is "AND" or "&&")
            {
                _position++;
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
        var token = _tokens[_position];
        if (token is "NOT" or "!" or "-")
        {
            _position++;
            var excluded = Peek() is null or ")" or "OR" or "||" ? null : ParseUnary(depth);
            if (excluded is null)
            {
                _notices.Add("Ignored a NOT with nothing after it.");
            }

            return excluded is null ? null : new NotNode(excluded);
        }

        if (token.Length > 1 && token[0] is '-' or '!' && token[1] != '-')
        {
            _tokens[_position] = token[1..];
            return new NotNode(ParseUnary(depth) ?? new WordNode(token[1..], false));
        }

        if (token.Length > 1 && token[0] == '+')
        {
            _tokens[_position] = token[1..];
            return ParseUnary(depth);
        }

        _position++;
        if (token == "(")
        {
            var inner = depth >= MaxDepth ? throw new SearchQueryException($"The search text nests parentheses more than {MaxDepth} deep.") : ParseAny(depth + 1);
            if (Peek() == ")")
            {
                _position++;
            }
            else
            {
                _notices.Add("Closed an unbalanced parenthesis at the end of the search text.");
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
        if (++_terms > MaxTerms)
        {
            throw new SearchQueryException($"The search text has more than {MaxTerms} words and phrases. Search for fewer words.");
        }
    }

    private string? Peek() => _position < _tokens.Count ? _tokens[_position] : null;

    [GeneratedRegex(@"^(?<field>\p{L}[\p{L}\p{N}_.]*):(?<rest>.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FieldPrefix();

    [GeneratedRegex(@"(?<mark>[\^~])[0-9.]*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Modifier();

    /// <summary>The notices of one parse: each text once, each kind of unsupported syntax once (with its first example).</summary>
    private sealed class Notices(List<string> list)
    {
        private readonly HashSet<string> _kinds = new(StringComparer.Ordinal);

        public void Add(string text)
        {
            if (!list.Contains(text))
            {
                list.Add(text);
            }
        }

        public void Once(string kind, string text)
        {
            if (_kinds.Add(kind))
            {
                Add(text);
            }
        }
    }
}
