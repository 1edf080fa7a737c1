using HistoryCms.Core.Search;

namespace HistoryCms.Core.Tests.Search;

public sealed class SiteSearchPeriodTests
{
    [Theory]
    [InlineData("1945", "1945-01-01", "1945-12-31")]
    [InlineData(" 1945-02 ", "1945-02-01", "1945-02-28")]
    [InlineData("1944-02", "1944-02-01", "1944-02-29")]
    [InlineData("1945-05-09", "1945-05-09", "1945-05-09")]
    [InlineData("45", null, null)]
    [InlineData("0000", null, null)]
    [InlineData("1945-13", null, null)]
    [InlineData("1945-02-30", null, null)]
    [InlineData("1945-5", null, null)]
    [InlineData("1945/05", null, null)]
    [InlineData("1945-05-09-01", null, null)]
    [InlineData("", null, null)]
    [InlineData(null, null, null)]
    public void A_year_a_month_or_a_day_reads_as_the_days_it_covers(string? text, string? start, string? end)
    {
        var read = SiteSearchPeriod.TryParse(text, out var period);

        Assert.Equal(start is not null, read);
        if (read)
        {
            Assert.Equal((DateOnly.Parse(start!, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end!, System.Globalization.CultureInfo.InvariantCulture)), (period.Start, period.End));
        }
    }
}
