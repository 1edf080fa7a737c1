using HistoryCms.Core.Archival;

namespace HistoryCms.Core.Tests.Archival;

/// <summary>
/// Every Source string of the real Digital Archive records (records.csv and the Zotero items of the archive's RIS export)
/// parses into the parts a historian would name, with nothing left unrecognised, and round-trips byte for byte.
/// </summary>
public class DigitalArchiveSourceTests
{
    /// <summary>What each record's Source holds, by the record's URL.</summary>
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["https://digitalarchive.wilsoncenter.org/document/letter-jawaharlal-nehru-all-provincial-premiers"] =
            "Repository=Nehru Memorial Museum and Library | File=JNSG | Volume=21-1",
        ["https://digitalarchive.wilsoncenter.org/document/chancellors-helmut-kohls-conversation-portuguese-prime-minister-guterres-17-october-1997"] =
            "Repository=BArch | ReferenceCode=B 136/59748 | Pages=396-402 | Contributed+Transcribed+Translated=Stephan Kieninger",
        ["https://digitalarchive.wilsoncenter.org/document/chancellors-helmut-kohls-conversation-kazakhstans-president-nazarbayev-saturday-10-may"] =
            "Repository=BArch | ReferenceCode=B 136/59748 | Pages=326-334 | Contributed+Transcribed+Translated=Stephan Kieninger",
        ["https://digitalarchive.wilsoncenter.org/document/chancellors-helmut-kohls-telephone-conversation-polish-president-kwasniewski-thursday-12"] =
            "Repository=BArch | ReferenceCode=B 136/59748 | Pages=297-301 | Contributed+Transcribed+Translated=Stephan Kieninger",
        ["https://digitalarchive.wilsoncenter.org/document/280697"] =
            "Repository=RGANI | Fond=5 | Opis=49 | Delo=131 | Folios=193-194 | Translated=Gary Goldberg",
        ["https://digitalarchive.wilsoncenter.org/document/121893"] =
            "Obtained=Béla Révész | Translated+Edited=Barnabás Vajd & Laura Deal & Karl P. Benziger",
    };

    public static TheoryData<string, string> Sources()
    {
        var data = new TheoryData<string, string>();
        foreach (var record in DigitalArchiveRecords.Csv())
        {
            data.Add(record["document_url"], record["source"]);
        }

        foreach (var (url, source) in DigitalArchiveRecords.ZoteroSources())
        {
            data.Add(url, source);
        }

        return data;
    }

    [Fact]
    public void The_table_covers_every_record_of_the_fixtures()
    {
        var urls = Sources().Select(row => row.Data.Item1).ToList();
        Assert.Equal(6, urls.Count);
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), urls.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_record_s_source_parses_into_the_parts_a_historian_would_name(string url, string source)
    {
        var reference = ArchivalReference.Parse(source);

        Assert.Equal(source, reference.ToString());
        Assert.Equal("", reference.Remainder);
        Assert.Equal(Expected[url], ReferenceDescription.Describe(reference));
    }

    [Fact]
    public void The_archive_s_name_for_BArch_is_the_expanded_name()
    {
        var archiveTitle = DigitalArchiveRecords.Csv().First(r => r["source"].StartsWith("BArch", StringComparison.Ordinal))["original_archive_title"];
        var repository = ArchivalReference.Parse("BArch, B 136/59748, 396-402.").Repository!;

        Assert.Equal("[\"German Federal Archives (BArch)\"]", archiveTitle);
        Assert.Equal("German Federal Archives", repository.Name);
    }

    [Fact]
    public void The_Hungarian_record_names_who_obtained_translated_and_edited_it()
    {
        var (_, source) = DigitalArchiveRecords.ZoteroSources().Single(s => s.Url.EndsWith("121893", StringComparison.Ordinal));
        var reference = ArchivalReference.Parse(source);

        Assert.Empty(reference.Parts);
        Assert.Equal(["Béla Révész"], reference.ObtainedBy);
        Assert.Equal(["Barnabás Vajd", "Laura Deal", "Karl P. Benziger"], reference.Translators);
        Assert.Equal(["Barnabás Vajd", "Laura Deal", "Karl P. Benziger"], reference.Editors);
        Assert.Equal(source, reference.CreditsText);
    }
}
