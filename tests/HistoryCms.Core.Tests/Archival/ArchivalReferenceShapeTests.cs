using HistoryCms.Core.Archival;

namespace HistoryCms.Core.Tests.Archival;

/// <summary>Shapes real archives print, beyond the fixtures: each row must round-trip and parse into the listed parts.</summary>
public class ArchivalReferenceShapeTests
{
    [Theory]
    // Russian archives: abbreviated, spelled out, no spaces, no commas, Cyrillic, papka, tom, perechen', storage units
    [InlineData("AVPRF, f. 06, op. 9, p. 18, d. 219, l. 1.", "Repository=AVPRF | Fond=06 | Opis=9 | Folder=18 | Delo=219 | Folios=1")]
    [InlineData("AVP RF, f. 07, op. 23a, p. 18, d. 235, ll. 21-24.", "Repository=AVP RF | Fond=07 | Opis=23a | Folder=18 | Delo=235 | Folios=21-24")]
    [InlineData("APRF, f. 3, op. 65, d. 776, ll. 1-8. Translated by Gary Goldberg.", "Repository=APRF | Fond=3 | Opis=65 | Delo=776 | Folios=1-8 | Translated=Gary Goldberg")]
    [InlineData("RGANI, fond 89, opis 46, delo 1, listy 1-5.", "Repository=RGANI | Fond=89 | Opis=46 | Delo=1 | Folios=1-5")]
    [InlineData("RGASPI, fond 17, opis' 3, delo 1071, list 5ob.", "Repository=RGASPI | Fond=17 | Opis=3 | Delo=1071 | Folios=5ob.")]
    [InlineData("RGASPI f.17 op.3 d.1071 l.5", "Repository=RGASPI | Fond=17 | Opis=3 | Delo=1071 | Folios=5")]
    [InlineData("F. 5, Op. 49, D. 131, L. 193.", "Fond=5 | Opis=49 | Delo=131 | Folios=193")]
    [InlineData("РГАНИ. Ф. 5. Оп. 30. Д. 335. Л. 10–12 об.", "Repository=РГАНИ | Fond=5 | Opis=30 | Delo=335 | Folios=10–12 об.")]
    [InlineData("ГАРФ. Ф. Р-9401. Оп. 2. Д. 64. Л. 9.", "Repository=ГАРФ | Fond=Р-9401 | Opis=2 | Delo=64 | Folios=9")]
    [InlineData("GARF, f. R-9401, op. 2, d. 64, l. 9.", "Repository=GARF | Fond=R-9401 | Opis=2 | Delo=64 | Folios=9")]
    [InlineData("RGALI, f. 2423, op. 1, ed. khr. 123, l. 5", "Repository=RGALI | Fond=2423 | Opis=1 | Delo=123 | Folios=5")]
    [InlineData("TsDAHO, f. 1, op. 23, spr. 1234, ark. 5-7", "Repository=TsDAHO | Fond=1 | Opis=23 | Delo=1234 | Folios=5-7")]
    [InlineData("HDA SBU, f. 16, op. 1, spr. 1132, ark. 45-47.", "Repository=HDA SBU | Fond=16 | Opis=1 | Delo=1132 | Folios=45-47")]
    [InlineData("RGANI, f. 3, op. 8, d. 12, t. 2, l. 5", "Repository=RGANI | Fond=3 | Opis=8 | Delo=12 | Volume=2 | Folios=5")]
    [InlineData("APRF, f. 3, op. 66, d. 65, ll. 1-4", "Repository=APRF | Fond=3 | Opis=66 | Delo=65 | Folios=1-4")]
    [InlineData("TsKhSD, f. 89, per. 45, dok. 1.", "Repository=TsKhSD | Fond=89 | Opis=45 | Item=1")]
    [InlineData("RGAE, f. 4372, op. 11, d. 522, ll. 1-3, 5-8", "Repository=RGAE | Fond=4372 | Opis=11 | Delo=522 | Folios=1-3, 5-8")]
    [InlineData("RGANI, f. 5, op. 30, d. 163, ll. 88-89ob., 90.", "Repository=RGANI | Fond=5 | Opis=30 | Delo=163 | Folios=88-89ob., 90")]
    [InlineData("RGVA, f. 33987, op. 3, d. 1305, l. 12 ob.", "Repository=RGVA | Fond=33987 | Opis=3 | Delo=1305 | Folios=12 ob.")]
    [InlineData("TsAMO, fond 16a, opis 3139, delo 161, listy 1–12", "Repository=TsAMO | Fond=16a | Opis=3139 | Delo=161 | Folios=1–12")]
    [InlineData("TsAMO RF, f. 5, op. 918795, d. 122, ll. 146-148. Translated for CWIHP by Gary Goldberg.",
        "Repository=TsAMO RF | Fond=5 | Opis=918795 | Delo=122 | Folios=146-148 | Translated=Gary Goldberg")]
    [InlineData("Archive of the President of the Russian Federation (APRF), f. 45, op. 1, d. 329, ll. 54-72.",
        "Repository=Archive of the President of the Russian Federation (APRF) | Fond=45 | Opis=1 | Delo=329 | Folios=54-72")]
    [InlineData("Arkhiv Prezidenta RF, f. 3, op. 65, d. 515, l. 3", "Repository=Arkhiv Prezidenta RF | Fond=3 | Opis=65 | Delo=515 | Folios=3")]
    [InlineData("RGASPI, f. 17", "Repository=RGASPI | Fond=17")]
    [InlineData("ф. 5, оп. 49, д. 131, лл. 193–194", "Fond=5 | Opis=49 | Delo=131 | Folios=193–194")]
    // Western archives: record groups, series, boxes, folders, files, volumes, folios and pages
    [InlineData("NARA, RG 59, Box 4, Folder 2", "Repository=NARA | Collection=59 | Box=4 | Folder=2")]
    [InlineData("National Archives and Records Administration, RG 59, Central Decimal File 1950-54, Box 2345",
        "Repository=National Archives and Records Administration | Collection=59 | Remainder=Central Decimal File 1950-54 | Box=2345")]
    [InlineData("Library of Congress, Manuscript Division, Papers of Averell Harriman, Box 282",
        "Repository=Library of Congress | Remainder=Manuscript Division | Collection=Papers of Averell Harriman | Box=282")]
    [InlineData("Hoover Institution Archives, Boris I. Nicolaevsky Collection, Series 279, Box 445, Folder 3",
        "Repository=Hoover Institution Archives | Collection=Boris I. Nicolaevsky Collection | Series=279 | Box=445 | Folder=3")]
    [InlineData("Harry S. Truman Library, Papers of Harry S. Truman, President's Secretary's Files, Box 187",
        "Repository=Harry S. Truman Library | Collection=Papers of Harry S. Truman | Collection=President's Secretary's Files | Box=187")]
    [InlineData("TNA, FO 371/106519", "Repository=TNA | ReferenceCode=FO 371/106519")]
    [InlineData("TNA FO 371/106519", "Repository=TNA | ReferenceCode=FO 371/106519")]
    [InlineData("SAPMO-BArch, DY 30/IV 2/2.035/12, Bl. 1-15.", "Repository=SAPMO-BArch | ReferenceCode=DY 30/IV 2/2.035/12 | Folios=1-15")]
    [InlineData("PA AA, B 150, Bd. 123, S. 45-47", "Repository=PA AA | ReferenceCode=B 150 | Volume=123 | Pages=45-47")]
    [InlineData("PRC FMA 109-00345-03, 1-5. Translated by Stephen Mercado.", "Repository=PRC FMA | ReferenceCode=109-00345-03 | Pages=1-5 | Translated=Stephen Mercado")]
    [InlineData("BStU, MfS, AIM 2329/65, Bd. 3, Bl. 12-14.", "Repository=BStU | Remainder=MfS | ReferenceCode=AIM 2329/65 | Volume=3 | Folios=12-14")]
    [InlineData("AAN, KC PZPR, sygn. 2237, k. 1-5", "Repository=AAN | Remainder=KC PZPR | ReferenceCode=2237 | Folios=1-5")]
    [InlineData("British Library, Add MS 41234, ff. 12r–13v", "Repository=British Library | ReferenceCode=Add MS 41234 | Folios=12r–13v")]
    [InlineData("British Library, Add MS 41234, f. 12", "Repository=British Library | ReferenceCode=Add MS 41234 | Folios=12")]
    [InlineData("Bodleian Library, MS. Eng. hist. c. 1234, fols. 5-9", "Repository=Bodleian Library | Remainder=MS. Eng. hist. c. 1234 | Folios=5-9")]
    [InlineData("Indian National Archives, File No. 12(5)-EUR/56, vol. 2", "Repository=Indian National Archives | File=12(5)-EUR/56 | Volume=2")]
    [InlineData("Foreign Relations of the United States, 1950, vol. 7, doc. 190", "Remainder=Foreign Relations of the United States, 1950 | Volume=7 | Item=190")]
    [InlineData("Archives of the Ministry of Foreign Affairs of the Czech Republic (AMZV), TO-T 1945-1959, SSSR, box 3",
        "Repository=Archives of the Ministry of Foreign Affairs of the Czech Republic (AMZV) | ReferenceCode=TO-T 1945-1959 | Remainder=SSSR | Box=3")]
    [InlineData("Diplomatic Archives of the Ministry of Foreign Affairs, Tokyo, 2010-0043, pp. 12–14",
        "Repository=Diplomatic Archives of the Ministry of Foreign Affairs | Remainder=Tokyo | ReferenceCode=2010-0043 | Pages=12–14")]
    [InlineData("Hoover Institution Archives, Collection 12, Box 3, p. 5", "Repository=Hoover Institution Archives | Collection=12 | Box=3 | Pages=5")]
    [InlineData("Wilson Papers, Series II, Box 12, Folder 3, Item 4", "Collection=Wilson Papers | Series=II | Box=12 | Folder=3 | Item=4")]
    [InlineData("Mississippi Department of Archives and History, Jackson, Mississippi",
        "Repository=Mississippi Department of Archives and History | Remainder=Jackson, Mississippi")]
    [InlineData("Papers of Desmond Ryan, UCD Archives, Dublin, Ireland", "Collection=Papers of Desmond Ryan | Repository=UCD Archives | Location=Dublin, Ireland")]
    [InlineData("Archive of the Ministry of Foreign Affairs of the People's Republic of China (PRC FMA) 109-01794-02, 13-16. Obtained by Sergey Radchenko and translated by Anna Beth Keim.",
        "Repository=Archive of the Ministry of Foreign Affairs of the People's Republic of China (PRC FMA) | ReferenceCode=109-01794-02 | Pages=13-16 | Obtained=Sergey Radchenko | Translated=Anna Beth Keim")]
    [InlineData("RGANI, fond 89, perechen 46, dokument 1.", "Repository=RGANI | Fond=89 | Opis=46 | Item=1")]
    [InlineData("Central State Archive, Sofia, Fond 1-B, Opis 5, a.e. 412.", "Repository=Central State Archive | Remainder=Sofia | Fond=1-B | Opis=5 | Delo=412")]
    [InlineData("Archives of the Central Committee of the Czech Communist Party, 1261/0/44, kart. 42.",
        "Repository=Archives of the Central Committee of the Czech Communist Party | ReferenceCode=1261/0/44 | Box=42")]
    [InlineData("SAPMO-BA, Dy 30, IV 2/2.035/137. Translated by Grace Leonard.", "Repository=SAPMO-BA | ReferenceCode=Dy 30 | ReferenceCode=IV 2/2.035/137 | Translated=Grace Leonard")]
    [InlineData("Sterling Memorial Library, Yale University, New Haven, CT, Box 3",
        "Repository=Sterling Memorial Library, Yale University | Remainder=New Haven, CT | Box=3")]
    public void Parses_the_shapes_archives_print(string source, string expected)
    {
        var reference = ArchivalReference.Parse(source);
        Assert.Equal(source, reference.ToString());
        Assert.Equal(expected, ReferenceDescription.Describe(reference));
    }

    [Theory]
    [InlineData("RGANI, f. 5, op. 30, d. 163, ll. 88-89. Obtained by Mark Kramer. Translated by Gary Goldberg.", "Obtained=Mark Kramer | Translated=Gary Goldberg")]
    [InlineData("Translated by Sergey Radchenko and Charles Kraus.", "Translated=Sergey Radchenko & Charles Kraus")]
    [InlineData("Translated by Gary Goldberg, Svetlana Savranskaya, and Malcolm Byrne.", "Translated=Gary Goldberg & Svetlana Savranskaya & Malcolm Byrne")]
    [InlineData("Obtained and translated by Sergey Radchenko.", "Obtained+Translated=Sergey Radchenko")]
    [InlineData("Translated from the Russian by Gary Goldberg.", "Translated=Gary Goldberg")]
    [InlineData("Obtained by the National Security Archive. Translated by Svetlana Savranskaya.", "Obtained=the National Security Archive | Translated=Svetlana Savranskaya")]
    [InlineData("Translation by Charles Kraus.", "Translated=Charles Kraus")]
    [InlineData("RGANI, f. 5. Translated by: Gary Goldberg", "Translated=Gary Goldberg")]
    [InlineData("Contributed by Sergey Radchenko. Translated by Jingxia Yang.", "Contributed=Sergey Radchenko | Translated=Jingxia Yang")]
    [InlineData("Edited by James G. Hershberg.", "Edited=James G. Hershberg")]
    [InlineData("Translated by Martin Luther King, Jr.", "Translated=Martin Luther King, Jr.")]
    [InlineData("Obtained for CWIHP by Mark Kramer and translated by Vladislav Zubok.", "Obtained=Mark Kramer | Translated=Vladislav Zubok")]
    [InlineData("GARF, f. 5446, op. 1, d. 5, l. 3, translated by Gary Goldberg", "Translated=Gary Goldberg")]
    [InlineData("AVPRF, f. 059a, op. 1, d. 2 (Translated by Sergey Radchenko)", "Translated=Sergey Radchenko")]
    [InlineData("Transcribed and translated by A. B. Smith & C. Jones; edited by D. Lee.", "Transcribed+Translated=A. B. Smith & C. Jones | Edited=D. Lee")]
    [InlineData("Translated by Gary Goldberg. Original scan held by the archive.", "Translated=Gary Goldberg")]
    [InlineData("Papers collected and edited by John Smith, Box 3", "")]
    public void Reads_credits_with_their_roles_and_names(string source, string expected)
    {
        var reference = ArchivalReference.Parse(source);
        Assert.Equal(source, reference.ToString());
        Assert.Equal(expected, string.Join(" | ", reference.Credits.Select(c => $"{string.Join('+', c.Roles)}={string.Join(" & ", c.Names)}")));
    }

    [Fact]
    public void Credits_joined_by_and_leave_nothing_behind()
    {
        var r = ArchivalReference.Parse("PRC FMA 109-01794-02, 13-16. Obtained by Sergey Radchenko and translated by Anna Beth Keim.");
        Assert.Equal("", r.Remainder);
        Assert.Equal("and translated by", r.Credits[1].Label);
        Assert.Equal(["Anna Beth Keim"], r.Translators);
        Assert.Equal(["Sergey Radchenko"], r.ObtainedBy);
    }

    [Fact]
    public void A_credit_qualifier_is_kept_apart_from_the_roles()
    {
        var credit = Assert.Single(ArchivalReference.Parse("Obtained for CWIHP by Mark Kramer.").Credits);
        Assert.Equal("for CWIHP", credit.Qualifier);
        Assert.Equal("Obtained for CWIHP by", credit.Label);
        Assert.Equal("Obtained for CWIHP by Mark Kramer", credit.Text);
        Assert.True(credit.Has(ArchivalCreditRole.Obtained));
    }

    [Fact]
    public void Text_after_the_credits_that_is_not_a_credit_stays_in_the_remainder()
    {
        var r = ArchivalReference.Parse("RGANI, f. 5, op. 30, d. 163. Translated by Gary Goldberg. Original scan held by the archive.");
        Assert.Equal("Original scan held by the archive", r.Remainder);
        Assert.Equal("Translated by Gary Goldberg. Original scan held by the archive.", r.CreditsText);
        Assert.Equal("RGANI, f. 5, op. 30, d. 163", r.ReferenceText);
    }

    [Theory]
    [InlineData("AVPRF, f. 06, op. 9, p. 18, d. 219, l. 1.", ArchivalCitationForm.Spelled, "AVPRF, fond 06, opis 9, papka 18, delo 219, list 1")]
    [InlineData("AVPRF, f. 06, op. 9, p. 18, d. 219, l. 1.", ArchivalCitationForm.Abbreviated, "AVPRF, f. 06, op. 9, p. 18, d. 219, l. 1")]
    [InlineData("RGASPI f.17 op.3 d.1071 l.5", ArchivalCitationForm.Abbreviated, "RGASPI, f. 17, op. 3, d. 1071, l. 5")]
    [InlineData("RGASPI f.17 op.3 d.1071 l.5", ArchivalCitationForm.AsPrinted, "RGASPI f.17 op.3 d.1071 l.5")]
    [InlineData("РГАНИ. Ф. 5. Оп. 30. Д. 335. Л. 10–12 об.", ArchivalCitationForm.Spelled, "РГАНИ, fond 5, opis 30, delo 335, listy 10–12ob.")]
    [InlineData("TsAMO, f. 3, op. 11556, d. 12, l. 34-35ob.", ArchivalCitationForm.Abbreviated, "TsAMO, f. 3, op. 11556, d. 12, ll. 34–35ob.")]
    [InlineData("RGAE, f. 4372, op. 11, d. 522, ll. 1-3, 5-8", ArchivalCitationForm.Spelled, "RGAE, fond 4372, opis 11, delo 522, listy 1–3, 5–8")]
    [InlineData("British Library, Add MS 41234, ff. 12r-13v", ArchivalCitationForm.Spelled, "British Library, Add MS 41234, folios 12r–13v")]
    [InlineData("Hoover Institution Archives, Collection 12, Box 3, pp. 5-9", ArchivalCitationForm.Abbreviated, "Hoover Institution Archives, Collection 12, Box 3, pp. 5–9")]
    [InlineData("MS-2-650.2013-070, Box 3, Folder 9, Budge Wilson fonds, Dalhousie University Archives, Halifax, Nova Scotia, Canada", ArchivalCitationForm.Spelled,
        "MS-2-650.2013-070, Box 3, Folder 9, Budge Wilson fonds, Dalhousie University Archives, Halifax, Nova Scotia, Canada")]
    [InlineData("TsDAHO, f. 1, op. 23, spr. 1234, ark. 5-7", ArchivalCitationForm.Spelled, "TsDAHO, fond 1, opis 23, sprava 1234, arkushi 5–7")]
    public void Renders_normalised_citation_forms(string source, ArchivalCitationForm form, string expected) =>
        Assert.Equal(expected, ArchivalReference.Parse(source).ToCitation(form));

    [Theory]
    [InlineData("BArch, B 136/59748, 403-410.", true, "German Federal Archives (BArch), B 136/59748, 403–410")]
    [InlineData("Dalhousie University Archives, Box 3", true, "Dalhousie University Archives, Box 3")]
    [InlineData("Russian State Archive of Contemporary History (RGANI), f. 5", true, "Russian State Archive of Contemporary History (RGANI), fond 5")]
    [InlineData("RGANI, f. 5", false, "RGANI, fond 5")]
    public void Expands_a_well_known_repository_on_request(string source, bool expand, string expected) =>
        Assert.Equal(expected, ArchivalReference.Parse(source).ToCitation(ArchivalCitationForm.Spelled, expand));

    [Theory]
    [InlineData("RGANI", "RGANI", "Russian State Archive of Contemporary History")]
    [InlineData("PRC FMA", "PRC FMA", "Foreign Ministry Archive of the People's Republic of China")]
    [InlineData("Russian State Archive of Contemporary History (RGANI)", "RGANI", "Russian State Archive of Contemporary History")]
    [InlineData("SNA", "SNA", null)]
    [InlineData("Dalhousie University Archives", null, "Dalhousie University Archives")]
    public void Reads_a_repository_name_and_abbreviation(string printed, string? abbreviation, string? name)
    {
        var repository = ArchivalRepository.From(printed);
        Assert.Equal(printed, repository.Text);
        Assert.Equal(abbreviation, repository.Abbreviation);
        Assert.Equal(name, repository.Name);
        Assert.Equal(name ?? printed, repository.DisplayName);
    }
}
