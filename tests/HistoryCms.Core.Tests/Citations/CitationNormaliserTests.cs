using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

public sealed class CitationNormaliserTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("""{"v":1,"citations":[]}""", null)]
    [InlineData("[]", null)]
    [InlineData(
        """{"citations":[{"key":" {3F2B8C1E-7A4D-4E9B-B1C2-0D9E8F7A6B5C} ","documentKey":"umb://document/6b0c8f341d7e4a579a3e2f1c9d8e7a61","locator":{"label":" Folio ","value":" 193ob "},"quote":"  ","quoteLanguage":"","note":" Seen. "}]}""",
        """{"v":1,"citations":[{"key":"3f2b8c1e-7a4d-4e9b-b1c2-0d9e8f7a6b5c","documentKey":"6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61","locator":{"label":"folio","value":"193ob"},"note":"Seen."}]}""")]
    [InlineData(
        """{"v":1,"citations":[{"documentKey":"6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61","locator":{"label":"page","value":""},"quote":"x","quoteLanguage":"EN-us"}]}""",
        """{"v":1,"citations":[{"documentKey":"6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61","quote":"x","quoteLanguage":"en-US"}]}""")]
    [InlineData(
        """{"v":1,"citations":[7,{"key":"not-a-guid","locator":{"label":"chapter","value":"3"}}]}""",
        """{"v":1,"citations":[{"key":"not-a-guid","locator":{"label":"chapter","value":"3"}}]}""")]
    [InlineData("""{"v":1,"citations":[""", """{"v":1,"citations":[""")]
    [InlineData("""{"v":3,"citations":{"new":"shape"}}""", """{"v":3,"citations":{"new":"shape"}}""")]
    public void Normalises_what_the_editor_sends(string? incoming, string? stored)
    {
        Assert.Equal(stored, CitationNormaliser.Normalise(incoming));
    }

    [Fact]
    public void Does_not_invent_a_key_for_a_citation_without_one()
    {
        var stored = CitationNormaliser.Normalise("""[{"documentKey":"6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61"}]""");

        Assert.DoesNotContain("\"key\"", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_idempotent()
    {
        const string incoming = """{"x":1,"citations":[{"key":"3F2B8C1E-7A4D-4E9B-B1C2-0D9E8F7A6B5C","quote":" a ","note":5}]}""";

        var once = CitationNormaliser.Normalise(incoming);

        Assert.Equal(once, CitationNormaliser.Normalise(once));
    }
}
