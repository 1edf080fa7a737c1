using HistoryCms.Core.Archival;

namespace HistoryCms.Core.Tests.Archival;

public class ArchivalReferenceFixtureTests
{
    public static TheoryData<string> SourceStrings()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Fixtures, "archival-source-strings.tsv"));
        var data = new TheoryData<string>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            data.Add(line.Split('\t')[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SourceStrings))]
    public void Every_fixture_source_string_round_trips_byte_identically(string source)
    {
        var reference = ArchivalReference.Parse(source);
        Assert.Equal(source, reference.ToString());
        Assert.Empty(reference.Remainder);
    }

    [Fact]
    public void The_fixture_holds_the_three_source_strings() => Assert.Equal(3, SourceStrings().Count);

    [Fact]
    public void RGANI_string_gives_fond_opis_delo_listy_and_translator()
    {
        var r = ArchivalReference.Parse("RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.");

        Assert.Equal("RGANI", r.Repository!.Text);
        Assert.Equal("RGANI", r.Repository.Abbreviation);
        Assert.Equal("Russian State Archive of Contemporary History", r.Repository.Name);
        Assert.Equal("5", r.Fond!.Value);
        Assert.Equal("f.", r.Fond.Label);
        Assert.Equal("49", r.Opis!.Value);
        Assert.Equal("131", r.Delo!.Value);
        Assert.Equal("193-194", r.Folios!.Value);
        Assert.Equal("ll.", r.Folios.Label);
        Assert.True(r.Folios.IsPlural);
        Assert.Equal(["Gary Goldberg"], r.Translators);
        Assert.Equal("RGANI, f. 5, op. 49, d. 131, ll. 193-194", r.ReferenceText);
        Assert.Equal("Translated by Gary Goldberg.", r.CreditsText);
        Assert.Equal("RGANI, fond 5, opis 49, delo 131, listy 193–194", r.ToCitation());
        Assert.Equal("RGANI, f. 5, op. 49, d. 131, ll. 193–194", r.ToCitation(ArchivalCitationForm.Abbreviated));
        Assert.Equal("Russian State Archive of Contemporary History (RGANI), fond 5, opis 49, delo 131, listy 193–194", r.ToCitation(expandRepository: true));
    }

    [Fact]
    public void BArch_string_gives_signature_pages_and_combined_credits()
    {
        var r = ArchivalReference.Parse("BArch, B 136/59748, 403-410. Contributed, transcribed, and translated by Stephan Kieninger.");

        Assert.Equal("BArch", r.Repository!.Abbreviation);
        Assert.Equal("German Federal Archives", r.Repository.DisplayName);
        Assert.Equal("B 136/59748", r.ReferenceCode!.Value);
        Assert.Equal("403-410", r.Pages!.Value);
        Assert.Equal("", r.Pages.Label);
        var credit = Assert.Single(r.Credits);
        Assert.Equal("Contributed, transcribed, and translated by", credit.Label);
        Assert.Equal([ArchivalCreditRole.Contributed, ArchivalCreditRole.Transcribed, ArchivalCreditRole.Translated], credit.Roles);
        Assert.Equal(["Stephan Kieninger"], r.Translators);
        Assert.Equal(["Stephan Kieninger"], r.Contributors);
        Assert.Equal(["Stephan Kieninger"], r.Transcribers);
        Assert.Equal("BArch, B 136/59748, 403-410", r.ReferenceText);
        Assert.Equal("BArch, B 136/59748, 403–410", r.ToCitation());
    }

    [Fact]
    public void Nehru_string_gives_repository_file_and_volume_without_credits()
    {
        var r = ArchivalReference.Parse("Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1.");

        Assert.Equal("Nehru Memorial Museum and Library", r.Repository!.DisplayName);
        Assert.Equal("File No.", r.File!.Label);
        Assert.Equal("JNSG", r.File.Value);
        Assert.Equal("21-1", r.Volume!.Value);
        Assert.Empty(r.Credits);
        Assert.Equal("", r.CreditsText);
        Assert.Equal("Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1", r.ReferenceText);
    }

    // The archival shapes of citation-conventions.md.
    [Theory]
    [InlineData("GARF, f. 1235, op.1, d. 16, ll. 5-7ob.", "Repository=GARF | Fond=1235 | Opis=1 | Delo=16 | Folios=5-7ob.")]
    [InlineData("RGASPI f. 495, op. 99, d. 22, l. 7.", "Repository=RGASPI | Fond=495 | Opis=99 | Delo=22 | Folios=7")]
    [InlineData("MS-2-650.2013-070, Box 3, Folder 9, Budge Wilson fonds, Dalhousie University Archives, Halifax, Nova Scotia, Canada",
        "ReferenceCode=MS-2-650.2013-070 | Box=3 | Folder=9 | Collection=Budge Wilson fonds | Repository=Dalhousie University Archives | Location=Halifax, Nova Scotia, Canada")]
    [InlineData("UCDA LA10/146, Papers of Desmond Ryan, UCD Archives, University College Dublin Library, Ireland",
        "Repository=UCDA | ReferenceCode=LA10/146 | Collection=Papers of Desmond Ryan | Repository=UCD Archives | Repository=University College Dublin Library | Location=Ireland")]
    public void Convention_examples_parse_into_their_parts_and_round_trip(string source, string expected)
    {
        var r = ArchivalReference.Parse(source);
        Assert.Equal(source, r.ToString());
        Assert.Equal(expected, ReferenceDescription.Describe(r));
    }

    [Fact]
    public void Opis_without_a_space_keeps_its_spelling_and_verso_is_kept()
    {
        var r = ArchivalReference.Parse("GARF, f. 1235, op.1, d. 16, ll. 5-7ob.");

        Assert.Equal("op.1", r.Opis!.Text);
        var range = Assert.Single(r.Folios!.Ranges);
        Assert.Equal(new ArchivalLeaf("5", ""), range.First);
        Assert.Equal(new ArchivalLeaf("7", "ob."), range.Last);
        Assert.True(range.Last!.IsVerso);
        Assert.Equal("GARF, f. 1235, op.1, d. 16, ll. 5-7ob.", r.ReferenceText);
        Assert.Equal("GARF, fond 1235, opis 1, delo 16, listy 5–7ob.", r.ToCitation());
        Assert.Equal("State Archive of the Russian Federation", r.Repository!.Name);
    }

    [Fact]
    public void A_single_leaf_is_singular()
    {
        var r = ArchivalReference.Parse("RGASPI f. 495, op. 99, d. 22, l. 7.");

        Assert.False(r.Folios!.IsPlural);
        Assert.Equal("RGASPI, fond 495, opis 99, delo 22, list 7", r.ToCitation());
        Assert.Equal("RGASPI f. 495, op. 99, d. 22, l. 7", r.ReferenceText);
    }
}
