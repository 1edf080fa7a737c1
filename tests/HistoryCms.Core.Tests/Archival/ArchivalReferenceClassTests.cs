using HistoryCms.Core.Archival;

namespace HistoryCms.Core.Tests.Archival;

/// <summary>
/// The classes of Source strings real digital archives print that the parser once read wrong (issue 12): identifiers with
/// apostrophes, primes or quotes followed by a medium note; a published book as the source; credit chains; the German
/// federal archive's signatures with bare page ranges. Several shapes per class; each row must round-trip and parse into the listed parts.
/// </summary>
public class ArchivalReferenceClassTests
{
    [Theory]
    [InlineData("Diplomatic Archives of the Ministry of Foreign Affairs of Japan, A’0123 (Microfilm). Obtained by Takuma Melber and translated by Stephen Mercado.",
        "Repository=Diplomatic Archives of the Ministry of Foreign Affairs of Japan | ReferenceCode=A’0123 | Medium=Microfilm | Obtained=Takuma Melber | Translated=Stephen Mercado")]
    [InlineData("Diplomatic Archives of the Ministry of Foreign Affairs of Japan, A'-0356 (Microfilm)",
        "Repository=Diplomatic Archives of the Ministry of Foreign Affairs of Japan | ReferenceCode=A'-0356 | Medium=Microfilm")]
    [InlineData("Diplomatic Archives of the Ministry of Foreign Affairs of Japan, File No. A′0123 (Microfiche)",
        "Repository=Diplomatic Archives of the Ministry of Foreign Affairs of Japan | File=A′0123 | Medium=Microfiche")]
    [InlineData("Diplomatic Archives of the Ministry of Foreign Affairs of Japan, B″0045 (Photocopy), pp. 12-14",
        "Repository=Diplomatic Archives of the Ministry of Foreign Affairs of Japan | ReferenceCode=B″0045 | Medium=Photocopy | Pages=12-14")]
    [InlineData("Diplomatic Archives of the Ministry of Foreign Affairs of Japan, A\"0123 (microfilm reel 12)",
        "Repository=Diplomatic Archives of the Ministry of Foreign Affairs of Japan | ReferenceCode=A\"0123 | Medium=microfilm reel 12")]
    [InlineData("Diplomatic Archives of the Ministry of Foreign Affairs of Japan, 2010-0043 (Original), 1-5. Translated by Stephen Mercado.",
        "Repository=Diplomatic Archives of the Ministry of Foreign Affairs of Japan | ReferenceCode=2010-0043 | Medium=Original | Pages=1-5 | Translated=Stephen Mercado")]
    [InlineData("Diplomatic Archives of the Ministry of Foreign Affairs of Japan, A’.1.0.0.1-2 (Microfilm)",
        "Repository=Diplomatic Archives of the Ministry of Foreign Affairs of Japan | ReferenceCode=A’.1.0.0.1-2 | Medium=Microfilm")]
    [InlineData("RGANI, f. 5, op. 30, d. 163, ll. 88-89 (Microfilm)", "Repository=RGANI | Fond=5 | Opis=30 | Delo=163 | Folios=88-89 | Medium=Microfilm")]
    public void Reads_identifiers_with_apostrophes_primes_or_quotes_and_a_medium_note(string source, string expected) => AssertParts(source, expected);

    [Theory]
    [InlineData("Kato Hiroshi. Nihon gaiko no kiseki. trans. Kenji Tanaka. (Tokyo: Iwanami Shoten, 1999), 112-118",
        "Author=Kato Hiroshi | Title=Nihon gaiko no kiseki | PublicationPlace=Tokyo | Publisher=Iwanami Shoten | PublicationYear=1999 | Pages=112-118 | Translated=Kenji Tanaka")]
    [InlineData("Wu Lengxi. Shinian lunzhan. (Beijing: Zhongyang wenxian chubanshe, 1999), pp. 336-345. Translated by Zhang Qian.",
        "Author=Wu Lengxi | Title=Shinian lunzhan | PublicationPlace=Beijing | Publisher=Zhongyang wenxian chubanshe | PublicationYear=1999 | Pages=336-345 | Translated=Zhang Qian")]
    [InlineData("Wu Lengxi, Shinian lunzhan, 1956-1966: Zhongsu guanxi huiyilu (Beijing: Zhongyang wenxian chubanshe, 1999), 336-345.",
        "Author=Wu Lengxi | Title=Shinian lunzhan, 1956-1966: Zhongsu guanxi huiyilu | PublicationPlace=Beijing | Publisher=Zhongyang wenxian chubanshe | PublicationYear=1999 | Pages=336-345")]
    [InlineData("Jianguo yilai Mao Zedong wengao (Beijing: Zhongyang wenxian chubanshe, 1992), 123",
        "Title=Jianguo yilai Mao Zedong wengao | PublicationPlace=Beijing | Publisher=Zhongyang wenxian chubanshe | PublicationYear=1992 | Pages=123")]
    [InlineData("Shigeru Yoshida. The Yoshida Memoirs. trans. Kenichi Yoshida and Hugh Cortazzi. (London: Heinemann, 1961), p. 12. Obtained by Charles Kraus.",
        "Author=Shigeru Yoshida | Title=The Yoshida Memoirs | PublicationPlace=London | Publisher=Heinemann | PublicationYear=1961 | Pages=12 | Translated=Kenichi Yoshida & Hugh Cortazzi | Obtained=Charles Kraus")]
    [InlineData("G. F. Kennan. Memoirs, 1925-1950. ed. Jane Smith. (Boston: Little, Brown, 1967), 12-14",
        "Author=G. F. Kennan | Title=Memoirs, 1925-1950 | PublicationPlace=Boston | Publisher=Little, Brown | PublicationYear=1967 | Pages=12-14 | Edited=Jane Smith")]
    [InlineData("Wada Haruki. Chosen senso zenshi. eds. Kim Ji-hoon and Lee Min. (Tokyo: Iwanami Shoten, 2002), vol. 1, 381-384. Translated by Jiang Yi.",
        "Author=Wada Haruki | Title=Chosen senso zenshi | PublicationPlace=Tokyo | Publisher=Iwanami Shoten | PublicationYear=2002 | Volume=1 | Pages=381-384 | Edited=Kim Ji-hoon & Lee Min | Translated=Jiang Yi")]
    [InlineData("Shen Zhihua, ed., Chaoxian zhanzheng: Eluosi dang'an guan de jiemi wenjian (Taipei: Zhongyang yanjiuyuan jindaishi yanjiusuo, 2003), 381-384.",
        "Title=Chaoxian zhanzheng: Eluosi dang'an guan de jiemi wenjian | PublicationPlace=Taipei | Publisher=Zhongyang yanjiuyuan jindaishi yanjiusuo | PublicationYear=2003 | Pages=381-384 | Edited=Shen Zhihua")]
    [InlineData("Foreign Relations of the United States, 1969–1976, vol. 21, ed. James McElveen and James Siekmeier (Washington, DC: Government Printing Office, 2014), doc. 190",
        "Title=Foreign Relations of the United States, 1969–1976 | Volume=21 | PublicationPlace=Washington, DC | Publisher=Government Printing Office | PublicationYear=2014 | Item=190 | Edited=James McElveen & James Siekmeier")]
    [InlineData("Ministry of Foreign Affairs of Japan. Nihon gaiko bunsho. (Tokyo: Gaimusho, 1950), 12-14",
        "Author=Ministry of Foreign Affairs of Japan | Title=Nihon gaiko bunsho | PublicationPlace=Tokyo | Publisher=Gaimusho | PublicationYear=1950 | Pages=12-14")]
    public void Reads_a_published_book_as_the_source(string source, string expected) => AssertParts(source, expected);

    [Theory]
    [InlineData("Obtained by Charles Kraus, provided to the Wilson Center, copy on file at the National Security Archive; translation by Jiho Lee (Korea University).",
        "Obtained=Charles Kraus | ProvidedTo=the Wilson Center | CopyOnFile=the National Security Archive | Translated=Jiho Lee")]
    [InlineData("Obtained by Béla Révész; translated and edited by Barnabás Vajd, Laura Deal, and Karl P. Benziger.",
        "Obtained=Béla Révész | Translated+Edited=Barnabás Vajd & Laura Deal & Karl P. Benziger")]
    [InlineData("Translated by Stephen Mercado for the Wilson Center's North Korea International Documentation Project.",
        "Translated=Stephen Mercado")]
    [InlineData("Obtained and translated by Sergey Radchenko (University of Cardiff).", "Obtained+Translated=Sergey Radchenko")]
    [InlineData("Translated by Jiho Lee (University of California, Berkeley) and Charles Kraus (Wilson Center).", "Translated=Jiho Lee & Charles Kraus")]
    [InlineData("Copy on file at the National Security Archive.", "CopyOnFile=the National Security Archive")]
    [InlineData("RGANI, f. 5, op. 30, d. 163. Obtained by Mark Kramer, provided to CWIHP. Translated by Gary Goldberg.",
        "Repository=RGANI | Fond=5 | Opis=30 | Delo=163 | Obtained=Mark Kramer | ProvidedTo=CWIHP | Translated=Gary Goldberg")]
    [InlineData("Provided to the Wilson Center by the Diplomatic Archives of Japan.", "Contributed=the Diplomatic Archives of Japan")]
    [InlineData("Obtained by the National Security Archive, provided to the Wilson Center. Translated by Svetlana Savranskaya.",
        "Obtained=the National Security Archive | ProvidedTo=the Wilson Center | Translated=Svetlana Savranskaya")]
    [InlineData("Translated by Jiho Lee for NKIDP.", "Translated=Jiho Lee")]
    [InlineData("Obtained by the Center for Korean Studies.", "Obtained=the Center for Korean Studies")]
    [InlineData("Obtained by Korea University Center for Cold War Studies.", "Obtained=Korea University Center for Cold War Studies")]
    [InlineData("Foreign Relations of the United States, 1950, vol. 7, ed. John P. Glennon, doc. 190",
        "Remainder=Foreign Relations of the United States, 1950 | Volume=7 | Item=190 | Edited=John P. Glennon")]
    public void Reads_each_link_of_a_credit_chain_as_its_own_credit(string source, string expected) => AssertParts(source, expected);

    [Theory]
    [InlineData("BArch, B 136/59748, 396-402. Contributed, transcribed, and translated by Stephan Kieninger.",
        "Repository=BArch | ReferenceCode=B 136/59748 | Pages=396-402 | Contributed+Transcribed+Translated=Stephan Kieninger")]
    [InlineData("BArch B 136/59748, 403-410", "Repository=BArch | ReferenceCode=B 136/59748 | Pages=403-410")]
    [InlineData("BArch, B 136/59748, S. 403-410", "Repository=BArch | ReferenceCode=B 136/59748 | Pages=403-410")]
    [InlineData("BArch, B 136/59748, pp. 403-410", "Repository=BArch | ReferenceCode=B 136/59748 | Pages=403-410")]
    [InlineData("BArch, B 136/59748, Bl. 403-410", "Repository=BArch | ReferenceCode=B 136/59748 | Folios=403-410")]
    [InlineData("BArch, B 136/59748, 403–410, 412", "Repository=BArch | ReferenceCode=B 136/59748 | Pages=403–410, 412")]
    [InlineData("BArch, B 136/59748, 403 - 410.", "Repository=BArch | ReferenceCode=B 136/59748 | Pages=403 - 410")]
    [InlineData("BArch, B 136/59748, 403-410; B 136/59749, 12-15",
        "Repository=BArch | ReferenceCode=B 136/59748 | Pages=403-410 | ReferenceCode=B 136/59749 | Pages=12-15")]
    [InlineData("Bundesarchiv Koblenz, B 136/59748, 403-410", "Repository=Bundesarchiv Koblenz | ReferenceCode=B 136/59748 | Pages=403-410")]
    [InlineData("BArch-MA, BW 1/12345, 5-9", "Repository=BArch-MA | ReferenceCode=BW 1/12345 | Pages=5-9")]
    [InlineData("BArch, R 43 II/1234, fol. 5", "Repository=BArch | ReferenceCode=R 43 II/1234 | Folios=5")]
    [InlineData("BArch, DY 30/IV 2/2.035/12, 1-15", "Repository=BArch | ReferenceCode=DY 30/IV 2/2.035/12 | Pages=1-15")]
    [InlineData("BArch, B 136/59748, 403r-410v", "Repository=BArch | ReferenceCode=B 136/59748 | Pages=403r-410v")]
    [InlineData("BArch, B 136/59748, Bd. 2, 403-410", "Repository=BArch | ReferenceCode=B 136/59748 | Volume=2 | Pages=403-410")]
    [InlineData("BArch, N 1239/12, 5", "Repository=BArch | ReferenceCode=N 1239/12 | Pages=5")]
    public void Reads_German_federal_archive_signatures_with_bare_page_ranges(string source, string expected) => AssertParts(source, expected);

    [Theory]
    [InlineData("Sterling Memorial Library, Yale University, Box 3, Folder 9", "Repository=Sterling Memorial Library, Yale University | Box=3 | Folder=9")]
    [InlineData("Archiv der sozialen Demokratie, Friedrich-Ebert-Stiftung, Bonn", "Repository=Archiv der sozialen Demokratie, Friedrich-Ebert-Stiftung | Remainder=Bonn")]
    [InlineData("Hoover Institution Library & Archives, Stanford University, Box 3, Folder 9", "Repository=Hoover Institution Library & Archives, Stanford University | Box=3 | Folder=9")]
    public void Keeps_a_repository_name_with_its_parent_institution_after_a_comma(string source, string expected) => AssertParts(source, expected);

    [Fact]
    public void An_affiliation_in_parentheses_belongs_to_the_person_not_to_the_name()
    {
        var r = ArchivalReference.Parse("Translated by Jiho Lee (University of California, Berkeley) and Charles Kraus (Wilson Center).");

        Assert.Equal(["Jiho Lee", "Charles Kraus"], r.Translators);
        var credit = Assert.Single(r.Credits);
        Assert.Equal([new ArchivalCreditName("Jiho Lee", "University of California, Berkeley"), new ArchivalCreditName("Charles Kraus", "Wilson Center")], credit.People);
        Assert.Equal("Translated by Jiho Lee (University of California, Berkeley) and Charles Kraus (Wilson Center)", credit.Text);
    }

    [Fact]
    public void A_credit_chain_names_who_obtained_who_was_given_and_where_the_copy_is()
    {
        var r = ArchivalReference.Parse("Obtained by Charles Kraus, provided to the Wilson Center, copy on file at the National Security Archive; translation by Jiho Lee (Korea University).");

        Assert.Equal(["Charles Kraus"], r.ObtainedBy);
        Assert.Equal(["the Wilson Center"], r.NamesFor(ArchivalCreditRole.ProvidedTo));
        Assert.Equal(["the National Security Archive"], r.NamesFor(ArchivalCreditRole.CopyOnFile));
        Assert.Equal(["Jiho Lee"], r.Translators);
        Assert.Equal("Korea University", r.Credits[^1].People[0].Affiliation);
        Assert.Equal(["provided to", "copy on file at"], r.Credits.Skip(1).Take(2).Select(c => c.Label));
        Assert.Equal("", r.Remainder);
    }

    [Fact]
    public void A_purpose_after_the_names_is_the_credit_s_qualifier_not_part_of_a_name()
    {
        var credit = Assert.Single(ArchivalReference.Parse("Translated by Stephen Mercado for the Wilson Center's North Korea International Documentation Project.").Credits);

        Assert.Equal(["Stephen Mercado"], credit.Names);
        Assert.Equal("for the Wilson Center's North Korea International Documentation Project", credit.Qualifier);
    }

    [Fact]
    public void A_book_source_keeps_its_translator_inside_the_reference_and_cites_like_a_book()
    {
        var r = ArchivalReference.Parse("Kato Hiroshi. Nihon gaiko no kiseki. trans. Kenji Tanaka. (Tokyo: Iwanami Shoten, 1999), 112-118. Obtained by Charles Kraus.");

        Assert.Equal(["Kenji Tanaka"], r.Translators);
        Assert.Equal("Kato Hiroshi. Nihon gaiko no kiseki. trans. Kenji Tanaka. (Tokyo: Iwanami Shoten, 1999), 112-118", r.ReferenceText);
        Assert.Equal("Obtained by Charles Kraus.", r.CreditsText);
        Assert.Equal("Kato Hiroshi, Nihon gaiko no kiseki, trans. Kenji Tanaka (Tokyo: Iwanami Shoten, 1999), 112–118", r.ToCitation());
        Assert.Equal("112-118", r.Pinpoint!.Value);
        Assert.Equal("Iwanami Shoten", r.Find(ArchivalPartKind.Publisher)!.Value);
    }

    [Fact]
    public void An_editor_printed_before_the_title_cites_in_that_order()
    {
        var r = ArchivalReference.Parse("Shen Zhihua, ed., Chaoxian zhanzheng (Taipei: Zhongyang yanjiuyuan jindaishi yanjiusuo, 2003), 381-384.");

        Assert.Equal(["Shen Zhihua"], r.Editors);
        Assert.Equal("", r.CreditsText);
        Assert.Equal("Shen Zhihua, ed., Chaoxian zhanzheng (Taipei: Zhongyang yanjiuyuan jindaishi yanjiusuo, 2003), 381–384", r.ToCitation());
    }

    [Fact]
    public void The_pages_after_a_signature_are_the_pinpoint_and_the_signature_the_reference()
    {
        var r = ArchivalReference.Parse("BArch, B 136/59748, 403-410. Contributed, transcribed, and translated by Stephan Kieninger.");

        Assert.Equal("B 136/59748", r.ReferenceCode!.Value);
        Assert.Equal(ArchivalPartKind.Pages, r.Pinpoint!.Kind);
        Assert.Equal("403-410", r.Pinpoint.Value);
        Assert.Equal([new ArchivalRange(new ArchivalLeaf("403", ""), new ArchivalLeaf("410", ""))], r.Pinpoint.Ranges);
    }

    [Fact]
    public void The_medium_note_is_its_own_part_and_not_part_of_the_identifier()
    {
        var r = ArchivalReference.Parse("Diplomatic Archives of the Ministry of Foreign Affairs of Japan, A’0123 (Microfilm).");

        Assert.Equal("A’0123", r.ReferenceCode!.Text);
        Assert.Equal("Microfilm", r.Medium!.Text);
        Assert.Equal("Diplomatic Archives of the Ministry of Foreign Affairs of Japan, A’0123 (Microfilm)", r.ReferenceText);
        Assert.Equal("Diplomatic Archives of the Ministry of Foreign Affairs of Japan, A’0123 (Microfilm)", r.ToCitation());
    }

    private static void AssertParts(string source, string expected)
    {
        var reference = ArchivalReference.Parse(source);
        Assert.Equal(source, reference.ToString());
        Assert.Equal(expected, ReferenceDescription.Describe(reference));
    }
}
