using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

/// <summary>The record's URL after a digital-archive citation: off by default (the archive prints none), on when the site configures it.</summary>
public sealed class DigitalArchiveUrlTests
{
    private static readonly CitationFormatter WithUrl = new(CitedDocuments.Options with { DigitalArchiveUrl = true });

    [Fact]
    public void Prints_no_url_by_default_even_when_the_document_has_one()
    {
        Assert.False(new CitationStyleOptions().DigitalArchiveUrl);
        Assert.DoesNotContain("https://", new CitationFormatter(CitedDocuments.Options).DigitalArchive(CitedDocuments.Letter), StringComparison.Ordinal);
    }

    [Fact]
    public void Adds_the_url_after_the_source_when_configured()
    {
        Assert.Equal(
            "\"On the Korean Question,\" July 31, 1958, Wilson Center Digital Archive, RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg. https://archive.example.org/archive/on-the-korean-question/",
            WithUrl.DigitalArchive(CitedDocuments.Report));
        Assert.Equal(
            "\"Letter from Kim Il Sung to Joseph Stalin,\" c. 1950, Wilson Center Digital Archive, Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1. https://archive.example.org/record/114",
            WithUrl.DigitalArchive(CitedDocuments.Letter));
    }

    [Fact]
    public void Separates_the_url_with_a_comma_after_a_source_that_ends_without_a_full_stop()
    {
        var document = CitedDocuments.Report with { Source = "RGANI, f. 5, op. 49, d. 131" };

        Assert.Equal(
            "\"On the Korean Question,\" July 31, 1958, Wilson Center Digital Archive, RGANI, f. 5, op. 49, d. 131, https://archive.example.org/archive/on-the-korean-question/",
            WithUrl.DigitalArchive(document));
    }
}
