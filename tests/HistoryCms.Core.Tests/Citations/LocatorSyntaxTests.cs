using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

public sealed class LocatorSyntaxTests
{
    [Theory]
    [InlineData(LocatorLabel.Folio, "193ob")]
    [InlineData(LocatorLabel.Folio, "193ob.")]
    [InlineData(LocatorLabel.Folio, "193 ob.")]
    [InlineData(LocatorLabel.Folio, "193об.")]
    [InlineData(LocatorLabel.Folio, "193-194")]
    [InlineData(LocatorLabel.Folio, "5-7ob.")]
    [InlineData(LocatorLabel.Folio, "12r")]
    [InlineData(LocatorLabel.Folio, "5v")]
    [InlineData(LocatorLabel.Folio, "12r–13v")]
    [InlineData(LocatorLabel.Folio, "3, 5-6")]
    [InlineData(LocatorLabel.Sheet, "2ob")]
    [InlineData(LocatorLabel.Leaf, "4v")]
    [InlineData(LocatorLabel.Page, "67")]
    [InlineData(LocatorLabel.Page, "67-70")]
    [InlineData(LocatorLabel.Page, "xii")]
    [InlineData(LocatorLabel.Page, "xii-xiv")]
    [InlineData(LocatorLabel.Page, "3, 7, 9-11")]
    [InlineData(LocatorLabel.Line, "12-15")]
    [InlineData(LocatorLabel.Paragraph, "3")]
    [InlineData(LocatorLabel.Item, "7a")]
    [InlineData(LocatorLabel.Section, "2.3")]
    [InlineData(LocatorLabel.Section, "IV")]
    [InlineData(LocatorLabel.Section, "II.B.4")]
    [InlineData(LocatorLabel.Section, "§ 4")]
    public void Accepts_a_well_formed_locator(LocatorLabel label, string value)
    {
        Assert.True(LocatorSyntax.IsValid(label, value));
    }

    [Theory]
    [InlineData(LocatorLabel.Folio, "")]
    [InlineData(LocatorLabel.Folio, "abc")]
    [InlineData(LocatorLabel.Folio, "ob193")]
    [InlineData(LocatorLabel.Folio, "193x")]
    [InlineData(LocatorLabel.Folio, "193--194")]
    [InlineData(LocatorLabel.Folio, "193-")]
    [InlineData(LocatorLabel.Folio, "xii")]
    [InlineData(LocatorLabel.Page, "sixty")]
    [InlineData(LocatorLabel.Page, "67-70-72")]
    [InlineData(LocatorLabel.Page, "<b>5</b>")]
    [InlineData(LocatorLabel.Page, "5; DROP TABLE")]
    [InlineData(LocatorLabel.Page, "12345678")]
    [InlineData(LocatorLabel.Line, "ten")]
    [InlineData(LocatorLabel.Item, "7ab")]
    [InlineData(LocatorLabel.Section, "2..3")]
    [InlineData(LocatorLabel.Section, "section two")]
    public void Rejects_garbage(LocatorLabel label, string value)
    {
        Assert.False(LocatorSyntax.IsValid(label, value));
    }

    [Fact]
    public void Rejects_a_value_longer_than_the_bound()
    {
        Assert.False(LocatorSyntax.IsValid(LocatorLabel.Page, string.Join(", ", Enumerable.Repeat("1", 40))));
    }
}
