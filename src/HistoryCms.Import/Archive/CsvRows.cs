using System.Buffers;
using System.Text;

namespace HistoryCms.Import.Archive;

/// <summary>One row of an RFC 4180 file, with the line it starts on.</summary>
/// <param name="Cells">The cells, verbatim (quotes removed, doubled quotes undoubled).</param>
/// <param name="Line">The 1-based line the row starts on.</param>
/// <param name="Problem">What is irregular about the row (a quote inside an unquoted cell, text after a closing quote, a quote never closed), or <c>null</c>.</param>
public sealed record CsvRow(IReadOnlyList<string> Cells, int Line, string? Problem);

/// <summary>
/// Streams the rows of an RFC 4180 text: comma-separated, quoted cells may hold commas, doubled quotes and line breaks;
/// CRLF and LF both end a row. Irregular rows are read as well as they can be and say what is irregular. The text is
/// scanned a buffer at a time (runs of plain characters are copied at once), so a long text body costs little more than
/// reading it.
/// </summary>
public static class CsvRows
{
    private static readonly SearchValues<char> Plain = SearchValues.Create(",\"\r\n");

    /// <summary>Reads the rows lazily.</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The rows, in order; a blank line is no row.</returns>
    public static IEnumerable<CsvRow> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var scanner = new Scanner(reader);
        while (scanner.Next() is { } row)
        {
            yield return row;
        }
    }

    private sealed class Scanner(TextReader reader)
    {
        private readonly char[] _buffer = new char[1 << 16];
        private readonly StringBuilder _cell = new();
        private readonly List<string> _cells = [];
        private int _position;
        private int _length;
        private int _line = 1;

        public CsvRow? Next()
        {
            while (true)
            {
                var start = _line;
                var row = ReadRow(out var problem);
                if (row is null)
                {
                    return null;
                }

                if (row.Count == 1 && row[0].Length == 0 && problem is null && !_lastRowQuoted)
                {
                    continue;
                }

                return new CsvRow(row, start, problem);
            }
        }

        private bool _lastRowQuoted;

        private List<string>? ReadRow(out string? problem)
        {
            problem = null;
            _cells.Clear();
            _cell.Clear();
            _lastRowQuoted = false;
            if (!Fill())
            {
                return null;
            }

            var quoted = false;
            var afterQuote = false;
            var quoteLine = 0;
            while (Fill())
            {
                var span = _buffer.AsSpan(_position, _length - _position);
                if (quoted)
                {
                    var quote = span.IndexOf('"');
                    var run = quote < 0 ? span : span[..quote];
                    _line += run.Count('\n');
                    _cell.Append(run);
                    _position += run.Length;
                    if (quote < 0)
                    {
                        continue;
                    }

                    _position++;
                    if (Peek() == '"')
                    {
                        _position++;
                        _cell.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }

                    continue;
                }

                var stop = span.IndexOfAny(Plain);
                if (stop != 0)
                {
                    var run = stop < 0 ? span : span[..stop];
                    if (afterQuote)
                    {
                        problem ??= $"text follows the closing quote of cell {_cells.Count + 1}";
                    }

                    _cell.Append(run);
                    _position += run.Length;
                    continue;
                }

                var c = span[0];
                _position++;
                switch (c)
                {
                    case ',':
                        _cells.Add(_cell.ToString());
                        _cell.Clear();
                        afterQuote = false;
                        break;
                    case '\r' when Peek() == '\n':
                        break;
                    case '\r':
                        problem ??= "a carriage return stands alone";
                        _cell.Append(c);
                        break;
                    case '\n':
                        _line++;
                        _cells.Add(_cell.ToString());
                        _lastRowQuoted = afterQuote;
                        return [.. _cells];
                    case '"' when _cell.Length == 0 && !afterQuote:
                        quoted = true;
                        _lastRowQuoted = true;
                        quoteLine = _line;
                        break;
                    default:
                        problem ??= afterQuote
                            ? $"text follows the closing quote of cell {_cells.Count + 1}"
                            : $"a quote stands inside the unquoted cell {_cells.Count + 1}";
                        _cell.Append(c);
                        break;
                }
            }

            if (quoted)
            {
                problem = $"the quote that opens cell {_cells.Count + 1} on line {quoteLine} is never closed: the file ends inside it";
            }

            _cells.Add(_cell.ToString());
            _lastRowQuoted |= afterQuote;
            return [.. _cells];
        }

        private int Peek() => Fill() ? _buffer[_position] : -1;

        private bool Fill()
        {
            if (_position < _length)
            {
                return true;
            }

            _length = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            return _length > 0;
        }
    }
}
