using System.Text.Json;
using HistoryCms.Core.Dates;

namespace HistoryCms.Core.Tests.Dates;

public class PartialDateValueTests
{
    [Theory]
    [InlineData("July 23, 1960", "1960-07-23", "1960-07-23", 1960, 1960, DatePrecision.Day)]
    [InlineData("November 1967", "1967-11-01", "1967-11-30", 1967, 1960, DatePrecision.Month)]
    [InlineData("February 1960", "1960-02-01", "1960-02-29", 1960, 1960, DatePrecision.Month)]
    [InlineData("1958", "1958-01-01", "1958-12-31", 1958, 1950, DatePrecision.Year)]
    [InlineData("1950s", "1950-01-01", "1959-12-31", 1950, 1950, DatePrecision.Decade)]
    [InlineData("c. 1950", "1950-01-01", "1950-12-31", 1950, 1950, DatePrecision.Year)]
    [InlineData("1945–1946", "1945-01-01", "1946-12-31", 1945, 1940, DatePrecision.Year)]
    [InlineData("July 23–August 2, 1960", "1960-07-23", "1960-08-02", 1960, 1960, DatePrecision.Day)]
    [InlineData("1969–March 1971", "1969-01-01", "1971-03-31", 1969, 1960, DatePrecision.Year)]
    public void Gives_the_days_it_covers_for_range_filters(string input, string start, string end, int year, int decade, DatePrecision precision)
    {
        var date = PartialDate.Parse(input);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
        Assert.Equal(year, date.Year);
        Assert.Equal(decade, date.Decade);
        Assert.Equal(precision, date.Precision);
    }

    [Fact]
    public void Sorts_chronologically_with_undated_last()
    {
        string[] expected =
        [
            "1945", "c. 1945", "1945–1946", "1950s", "1958", "January 1960", "1960", "July 1960", "July 23, 1960",
            "July 23–25, 1960", "November 1967", "undated",
        ];
        var shuffled = expected.Reverse().Select(PartialDate.Parse).OrderBy(d => d.ToEdtf(), StringComparer.Ordinal).ToList();

        var sorted = shuffled.Order().Select(d => d.Format()).ToList();

        Assert.Equal(expected, sorted);
    }

    [Fact]
    public void Compares_with_operators_and_puts_null_first()
    {
        var early = PartialDate.Parse("1945");
        var late = PartialDate.Parse("July 23, 1960");
        Assert.True(early < late);
        Assert.True(late > early);
        Assert.True(early <= PartialDate.Parse("1945"));
        Assert.True(PartialDate.Undated >= late);
        Assert.True(null < early);
        Assert.Equal(0, early.CompareTo((object)PartialDate.Parse("1945")));
        Assert.True(early.CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => early.CompareTo("1945"));
    }

    [Fact]
    public void Equal_dates_are_equal_whichever_way_they_were_written()
    {
        Assert.Equal(PartialDate.Parse("July 23, 1960"), PartialDate.Parse("23 July 1960"));
        Assert.Equal(PartialDate.Parse("c. 1950"), PartialDate.Parse("1950~"));
        Assert.NotEqual(PartialDate.Parse("c. 1950"), PartialDate.Parse("1950"));
        Assert.Equal(PartialDate.Parse("1945-46").GetHashCode(), PartialDate.Parse("1945/1946").GetHashCode());
    }

    [Theory]
    [InlineData("July 23, 1960", """{"date-parts":[[1960,7,23]]}""")]
    [InlineData("November 1967", """{"date-parts":[[1967,11]]}""")]
    [InlineData("1958", """{"date-parts":[[1958]]}""")]
    [InlineData("c. 1950", """{"date-parts":[[1950]],"circa":true}""")]
    [InlineData("1945–1946", """{"date-parts":[[1945],[1946]]}""")]
    [InlineData("July 23–25, 1960", """{"date-parts":[[1960,7,23],[1960,7,25]]}""")]
    [InlineData("1950s", """{"date-parts":[[1950],[1959]]}""")]
    [InlineData("c. 1950s–1960s", """{"date-parts":[[1950],[1969]],"circa":true}""")]
    public void Gives_CSL_JSON_date_parts(string input, string json)
    {
        var csl = PartialDate.Parse(input).ToCsl();
        Assert.NotNull(csl);
        Assert.Equal(json, csl.ToJson().ToJsonString());
    }

    [Fact]
    public void An_undated_date_has_no_CSL_date() => Assert.Null(PartialDate.Undated.ToCsl());

    [Fact]
    public void Builds_dates_in_code_and_refuses_impossible_ones()
    {
        var range = PartialDate.Between(DatePoint.OfMonth(1960, 7), DatePoint.OfDay(1960, 8, 2));
        Assert.Equal("1960-07/1960-08-02", range.ToEdtf());
        Assert.Equal("July 1960–August 2, 1960", range.Format());
        Assert.Equal("1950~", PartialDate.Of(DatePoint.OfYear(1950), isApproximate: true).ToEdtf());
        Assert.Throws<ArgumentOutOfRangeException>(() => DatePoint.OfDay(1961, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => DatePoint.OfMonth(1961, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => DatePoint.OfYear(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DatePoint.OfDecade(1955));
        Assert.Throws<ArgumentException>(() => PartialDate.Between(DatePoint.OfYear(1946), DatePoint.OfYear(1945)));
        Assert.Throws<ArgumentException>(() => PartialDate.Of(default));
    }

    [Fact]
    public void Never_throws_on_random_text()
    {
        var random = new Random(20240501);
        const string alphabet = "0123456789-–/~?X.,c ajnulyJULYDecs\u00A0\u0000[]%";
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            if (PartialDate.TryParse(text, out var date, out var error))
            {
                Assert.Equal(date, PartialDate.Parse(date.ToEdtf()));
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(error));
            }
        }
    }

    [Fact]
    public void Serialises_its_CSL_form_as_plain_JSON()
    {
        var json = JsonSerializer.Serialize(PartialDate.Parse("July 23, 1960").ToCsl()!.ToJson());
        Assert.Equal("""{"date-parts":[[1960,7,23]]}""", json);
    }
}
