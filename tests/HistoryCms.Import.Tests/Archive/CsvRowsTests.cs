using HistoryCms.Import.Archive;

namespace HistoryCms.Import.Tests.Archive;

public sealed class CsvRowsTests
{
    [Theory]
    [InlineData("a,b\r\n1,2\r\n", "a|b;1|2", "1;2", null)]
    [InlineData("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n", "a|b;x, y|say \"hi\"", "1;2", null)]
    [InlineData("a,b\n\"two\nlines\",z\n3,4\n", "a|b;two\nlines|z;3|4", "1;2;4", null)]
    [InlineData("a,b\n\n1,2", "a|b;1|2", "1;3", null)]
    [InlineData("a,b\n1,,\n", "a|b;1||", "1;2", null)]
    [InlineData("a,b\n\"x\"y,2\n", "a|b;xy|2", "1;2", "text follows the closing quote of cell 1")]
    [InlineData("a,b\nx\"y,2\n", "a|b;x\"y|2", "1;2", "a quote stands inside the unquoted cell 1")]
    [InlineData("a,b\n1,\"open\n2,3\n", "a|b;1|open\n2,3\n", "1;2", "the quote that opens cell 2 on line 2 is never closed: the file ends inside it")]
    public void Rows_are_read_as_rfc_4180_says_with_their_first_line_and_what_is_irregular(string text, string cells, string lines, string? problem)
    {
        var rows = CsvRows.Read(new StringReader(text)).ToList();

        Assert.Equal(cells, string.Join(';', rows.Select(r => string.Join('|', r.Cells))));
        Assert.Equal(lines, string.Join(';', rows.Select(r => r.Line)));
        Assert.Equal(problem, rows[^1].Problem);
    }
}
