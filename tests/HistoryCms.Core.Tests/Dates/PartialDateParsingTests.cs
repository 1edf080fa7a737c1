using HistoryCms.Core.Dates;

namespace HistoryCms.Core.Tests.Dates;

public class PartialDateParsingTests
{
    // printed or EDTF input -> EDTF storage form -> printed form
    [Theory]
    [InlineData("July 23, 1960", "1960-07-23", "July 23, 1960")]
    [InlineData("23 July 1960", "1960-07-23", "July 23, 1960")]
    [InlineData("Jul. 23, 1960", "1960-07-23", "July 23, 1960")]
    [InlineData("Jul 23 1960", "1960-07-23", "July 23, 1960")]
    [InlineData("23rd July 1960", "1960-07-23", "July 23, 1960")]
    [InlineData("Sept. 1, 1939", "1939-09-01", "September 1, 1939")]
    [InlineData("23.07.1960", "1960-07-23", "July 23, 1960")]
    [InlineData("1960-07-23", "1960-07-23", "July 23, 1960")]
    [InlineData("1960-07-23 00:00:00", "1960-07-23", "July 23, 1960")]
    [InlineData("  july   23,  1960 ", "1960-07-23", "July 23, 1960")]
    [InlineData("July 23, 1960.", "1960-07-23", "July 23, 1960")]
    [InlineData("November 1967", "1967-11", "November 1967")]
    [InlineData("Nov. 1967", "1967-11", "November 1967")]
    [InlineData("November, 1967", "1967-11", "November 1967")]
    [InlineData("11.1967", "1967-11", "November 1967")]
    [InlineData("1967-11", "1967-11", "November 1967")]
    [InlineData("1958", "1958", "1958")]
    [InlineData("[1958]", "1958", "1958")]
    [InlineData("1950s", "195X", "1950s")]
    [InlineData("1950's", "195X", "1950s")]
    [InlineData("195X", "195X", "1950s")]
    [InlineData("c. 1950", "1950~", "c. 1950")]
    [InlineData("c.1950", "1950~", "c. 1950")]
    [InlineData("ca. 1950", "1950~", "c. 1950")]
    [InlineData("ca 1950", "1950~", "c. 1950")]
    [InlineData("circa 1950", "1950~", "c. 1950")]
    [InlineData("Circa March 1950", "1950-03~", "c. March 1950")]
    [InlineData("[c. 1950]", "1950~", "c. 1950")]
    [InlineData("1950~", "1950~", "c. 1950")]
    [InlineData("c. 1950s", "195X~", "c. 1950s")]
    [InlineData("1945-1946", "1945/1946", "1945–1946")]
    [InlineData("1945–1946", "1945/1946", "1945–1946")]
    [InlineData("1945—1946", "1945/1946", "1945–1946")]
    [InlineData("1945 - 1946", "1945/1946", "1945–1946")]
    [InlineData("1945 to 1946", "1945/1946", "1945–1946")]
    [InlineData("1945-46", "1945/1946", "1945–1946")]
    [InlineData("1999-01", "1999-01", "January 1999")]
    [InlineData("1945/1946", "1945/1946", "1945–1946")]
    [InlineData("c. 1945-1946", "1945~/1946~", "c. 1945–1946")]
    [InlineData("1945~/1946~", "1945~/1946~", "c. 1945–1946")]
    [InlineData("1945~/1946", "1945~/1946~", "c. 1945–1946")]
    [InlineData("July-August 1960", "1960-07/1960-08", "July–August 1960")]
    [InlineData("July–August 1960", "1960-07/1960-08", "July–August 1960")]
    [InlineData("December 1960 – January 1961", "1960-12/1961-01", "December 1960–January 1961")]
    [InlineData("July 23-25, 1960", "1960-07-23/1960-07-25", "July 23–25, 1960")]
    [InlineData("July 23–25, 1960", "1960-07-23/1960-07-25", "July 23–25, 1960")]
    [InlineData("23-25 July 1960", "1960-07-23/1960-07-25", "July 23–25, 1960")]
    [InlineData("July 23–August 2, 1960", "1960-07-23/1960-08-02", "July 23–August 2, 1960")]
    [InlineData("23 July – 2 August 1960", "1960-07-23/1960-08-02", "July 23–August 2, 1960")]
    [InlineData("July 23, 1960–August 2, 1961", "1960-07-23/1961-08-02", "July 23, 1960–August 2, 1961")]
    [InlineData("1960-07-23/1960-07-25", "1960-07-23/1960-07-25", "July 23–25, 1960")]
    [InlineData("1960-07-23 – 1960-07-25", "1960-07-23/1960-07-25", "July 23–25, 1960")]
    [InlineData("1945/1946-03", "1945/1946-03", "1945–March 1946")]
    [InlineData("1950s–1960s", "195X/196X", "1950s–1960s")]
    [InlineData("1945/1945", "1945", "1945")]
    [InlineData("0950", "0950", "950")]
    public void Reads_printed_and_EDTF_forms(string input, string edtf, string printed)
    {
        Assert.True(PartialDate.TryParse(input, out var date, out var error), error);
        Assert.Equal(edtf, date.ToEdtf());
        Assert.Equal(printed, date.Format());
        Assert.Equal(printed, date.ToString());
    }

    [Theory]
    [InlineData("undated")]
    [InlineData("Undated")]
    [InlineData("Undated.")]
    [InlineData("n.d.")]
    [InlineData("N.D.")]
    [InlineData("[n.d.]")]
    [InlineData("no date")]
    [InlineData("XXXX")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Reads_the_ways_archives_say_undated(string? input)
    {
        Assert.True(PartialDate.TryParse(input, out var date));
        Assert.Same(PartialDate.Undated, date);
        Assert.True(date.IsUndated);
        Assert.Equal("XXXX", date.ToEdtf());
        Assert.Equal("undated", date.Format());
        Assert.Null(date.Start);
        Assert.Null(date.Year);
    }

    [Theory]
    [InlineData("July 23")]
    [InlineData("Spring 1960")]
    [InlineData("sometime in 1960")]
    [InlineData("1960?")]
    [InlineData("1960-07-23T10:15:00")]
    [InlineData("07/23/1960")]
    [InlineData("1946-1945")]
    [InlineData("1945-1946-1947")]
    [InlineData("July 32, 1960")]
    [InlineData("February 29, 1961")]
    [InlineData("1961-02-29")]
    [InlineData("1960-13")]
    [InlineData("Smarch 1960")]
    [InlineData("000X")]
    [InlineData("0000")]
    [InlineData("1945-")]
    [InlineData("-1945")]
    [InlineData("1945/")]
    [InlineData("..")]
    [InlineData("٢٠٢٠")]
    [InlineData("December–January 1961")]
    public void Refuses_what_is_not_a_date_with_a_message(string input)
    {
        Assert.False(PartialDate.TryParse(input, out var date, out var error));
        Assert.Null(date);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.Throws<FormatException>(() => PartialDate.Parse(input));
    }

    [Theory]
    [InlineData("February 30, 1960", "February 30, 1960 does not exist.")]
    [InlineData("1960-02-30", "is not a real date")]
    [InlineData("1946-1945", "before it starts")]
    [InlineData("1946/1945", "before it starts")]
    [InlineData("1960?", "Uncertain")]
    [InlineData("Spring 1960", "e.g. \"July 23, 1960\"")]
    public void Explains_why_a_date_is_refused(string input, string expected)
    {
        Assert.False(PartialDate.TryParse(input, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_value_is_refused_without_reading_it()
    {
        Assert.False(PartialDate.TryParse(new string('1', 100_000), out _, out var error));
        Assert.Contains("too long", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("July 23, 1960", PartialDateStyle.DayMonthYear, "23 July 1960")]
    [InlineData("July 23-25, 1960", PartialDateStyle.DayMonthYear, "23–25 July 1960")]
    [InlineData("July 23–August 2, 1960", PartialDateStyle.DayMonthYear, "23 July–2 August 1960")]
    [InlineData("c. July 1960", PartialDateStyle.DayMonthYear, "c. July 1960")]
    public void Prints_day_first_when_asked(string input, PartialDateStyle style, string expected) =>
        Assert.Equal(expected, PartialDate.Parse(input).Format(style));

    [Fact]
    public void Every_printed_form_reads_back_as_the_same_date()
    {
        string[] inputs = ["July 23, 1960", "November 1967", "1958", "c. 1950", "1945–1946", "July 23–25, 1960", "1950s", "undated",
            "July 23, 1960–August 2, 1961", "c. 1945/1946-03", "December 1960–January 1961"];
        foreach (var input in inputs)
        {
            var date = PartialDate.Parse(input);
            Assert.Equal(date, PartialDate.Parse(date.Format()));
            Assert.Equal(date, PartialDate.Parse(date.Format(PartialDateStyle.DayMonthYear)));
            Assert.Equal(date, PartialDate.Parse(date.ToEdtf()));
        }
    }
}
