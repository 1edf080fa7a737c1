using System.Text;

namespace HistoryCms.Import.Archive;

/// <summary>One row of an RFC 4180 file, with the line it starts on.</summary>
/// <param name="Cells">The cells, verbatim (quotes removed, doubled quotes undoubled).</param>
/// <param name="Line">The 1-based line the row starts on.</param>
/// <param name="Problem">What is irregular about the row (a quote inside an unquoted cell, text after a closing quote, a quote never closed), or <c>null</c>.</param>
public sealed record CsvRow(IReadOnlyList<string> Cells, int Line, string? Problem);

/// <summary>
/// Streams the rows of an RFC 4180 text: comma-separated, quoted cells may hold commas, doubled quotes and line breaks;
/// CRLF and LF both end a row. Irregular rows are read as well as they can be and say what is irregular.
/// </summary>
public static class CsvRows
{
    /// <summary>Reads the rows lazily.</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The rows, in order; a blank line is no row.</returns>
    public static IEnumerable<CsvRow> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var line = 1;
        var cell = new StringBuilder();
        var cells = new List<string>();
        string? problem = null;
        var start = 1;
        var quoted = false;
        var afterQuote = false;
        var quoteLine = 0;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        cell.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append((char)c);
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    afterQuote = false;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n':
                    line++;
                    if (cells.Count > 0 || cell.Length > 0 || afterQuote)
                    {
                        cells.Add(cell.ToString());
                        yield return new CsvRow([.. cells], start, problem);
                    }

                    cells.Clear();
                    cell.Clear();
                    problem = null;
                    afterQuote = false;
                    start = line;
                    break;
                case '"' when cell.Length == 0 && !afterQuote:
                    quoted = true;
                    quoteLine = line;
                    break;
                default:
                    if (c == '"' || afterQuote)
                    {
                        problem ??= afterQuote
                            ? $"text follows the closing quote of cell {cells.Count + 1}"
                            : $"a quote stands inside the unquoted cell {cells.Count + 1}";
                    }

                    cell.Append((char)c);
                    break;
            }
        }

        if (quoted)
        {
            problem = $"the quote that opens cell {cells.Count + 1} on line {quoteLine} is never closed: the file ends inside it";
        }

        if (cells.Count > 0 || cell.Length > 0 || afterQuote || quoted)
        {
            cells.Add(cell.ToString());
            yield return new CsvRow([.. cells], start, problem);
        }
    }
}
