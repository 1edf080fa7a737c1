using System.Globalization;
using System.Text;

namespace HistoryCms.Search.Bench;

/// <summary>
/// A seeded, deterministic corpus of archival documents (~2 KB of text each): English, Russian and Korean text
/// with names in several romanizations and scripts. Documents are generated on the fly, never held all at once.
/// </summary>
internal sealed class Corpus(int count, int seed = 42)
{
    public static readonly (string Canonical, string[] Variants)[] Names =
    [
        ("Vyshinsky, Andrei", ["Вышинский", "Vyshinskii", "Vyshinskij", "Vyshinsky"]),
        ("Molotov, Vyacheslav", ["Молотов", "Molotov"]), ("Gromyko, Andrei", ["Громыко", "Gromyko"]),
        ("Khrushchev, Nikita", ["Хрущёв", "Khrushchev", "Khrushchov", "Chruščev"]), ("Malik, Yakov", ["Малик", "Malik"]),
        ("Tsarapkin, Semyon", ["Царапкин", "Tsarapkin", "Carapkin"]), ("Zorin, Valerian", ["Зорин", "Zorin"]),
        ("Kuznetsov, Vasily", ["Кузнецов", "Kuznetsov", "Kuznecov"]), ("Chuikov, Vasily", ["Чуйков", "Chuikov", "Chuykov"]),
        ("Shtykov, Terentii", ["Штыков", "Shtykov", "Štykov"]), ("Ignatiev, Semyon", ["Игнатьев", "Ignatiev", "Ignatyev"]),
        ("Mikoyan, Anastas", ["Микоян", "Mikoyan", "Mikoian"]), ("Zhdanov, Andrei", ["Жданов", "Zhdanov", "Ždanov"]),
        ("Suslov, Mikhail", ["Суслов", "Suslov"]), ("Malenkov, Georgy", ["Маленков", "Malenkov"]),
        ("Pak Seong-cheol", ["Pak Song Chol", "박성철"]), ("Kim Il Sung", ["Kim Il-sung", "김일성"]),
        ("Pak Hon-yong", ["Pak Heon-yeong", "박헌영"]), ("Choe Yong-gon", ["Choi Yong-kun", "최용건"]),
        ("Nam Il", ["Nam Il", "남일"]), ("Satō Eisaku", ["Sato Eisaku", "佐藤栄作"]), ("Yoshida Shigeru", ["Yoshida Shigeru"]),
    ];

    // 2,000 people: the named ones spread among generated Russian and Korean names, so a name query matches a few
    // percent of the archive, as in a real one, not half of it.
    private static readonly (string Canonical, string[] Variants)[] People = BuildPeople();

    private static readonly string[] English = Words(
        "the of and to in a that was for on with as by at from his it be this had which not are were but have their " +
        "delegation soviet government minister foreign affairs meeting conference agreement treaty armistice prisoners war " +
        "korea korean chinese american united nations council security question proposal draft resolution committee " +
        "ambassador embassy report cable letter memorandum conversation secret telegram negotiations talks party central " +
        "comrade military troops border peace trade economic aid assistance plan five year industry grain coal steel " +
        "railway port harbor fleet army navy air force commander general staff intelligence information press statement " +
        "declaration position view opinion discussion issue matter problem decision instructions directive order " +
        "approve reject accept support oppose demand request insist propose suggest agree refuse consider believe " +
        "repatriation exchange ceasefire demarcation line zone withdrawal occupation elections unification independence", 220);

    private static readonly string[] Russian = Words(
        "и в не на что с по как о к из за от это было который для его при также так же уже только тов " +
        "делегация советский правительство министр иностранных дел заседание конференция соглашение договор перемирие " +
        "военнопленные война корея корейский китайский американский объединенные нации совет безопасности вопрос " +
        "предложение проект резолюции комитет посол посольство доклад телеграмма письмо записка беседа секретно " +
        "переговоры центральный комитет партии товарищ войска граница мир торговля помощь план промышленность зерно " +
        "уголь сталь железная дорога порт флот армия командующий генерал штаб разведка информация заявление позиция", 200);

    private static readonly string[] Korean = Words(
        "대표단 정부 외무상 회의 협정 조약 휴전 포로 전쟁 조선 중국 미국 유엔 안전보장이사회 문제 제안 결의안 위원회 대사 " +
        "대사관 보고 전보 편지 비망록 담화 비밀 협상 중앙위원회 당 동지 군대 국경 평화 무역 원조 계획 공업 곡물 석탄 철강 " +
        "철도 항구 함대 군 사령관 장군 참모부 정보 성명 선언 입장 의견 토론 결정 지시 명령 승인 거부 지지 반대 요구 인민", 160);

    // Sentence starts, capitalized once here rather than for every sentence of every document (the generator runs
    // inside the timed build, on the thread that hands documents to the indexing threads).
    private static readonly string[] EnglishCapitalized = Capitalize(English);
    private static readonly string[] RussianCapitalized = Capitalize(Russian);

    private static readonly string[] Repositories = ["RGANI", "AVPRF", "RGASPI", "NARA", "PRO", "NKIDP", "AMFA", "GARF"];
    private static readonly string[] Genres = ["Cable", "Letter", "Memorandum of Conversation", "Report", "Minutes", "Telegram", "Resolution", "Speech"];
    private static readonly string[] Places = Words("Moscow Pyongyang Seoul Beijing Tokyo Washington Panmunjom Kaesong Geneva London Paris Berlin Vladivostok Harbin Shenyang Dalian", 0);
    private static readonly string[] Subjects = Words("Korean_War Armistice Prisoners_of_war Repatriation United_Nations Cold_War Soviet_Union China Japan Diplomacy Trade Military_aid Elections Unification Border_incidents Propaganda", 0);

    public static readonly SearchLabel[] Programs = [.. Enumerable.Range(0, 10).Select(i => Label("program", i))];
    private static readonly SearchLabel[] Projects = [.. Enumerable.Range(0, 30).Select(i => Label("project", i))];
    private static readonly SearchLabel[] Authors = [.. Enumerable.Range(0, 40).Select(i => Label("author", i))];

    public IEnumerable<SearchDocument> Documents()
    {
        for (var i = 0; i < count; i++)
        {
            yield return Document(i);
        }
    }

    public SearchDocument Document(int i)
    {
        var random = new Random(HashCode.Combine(seed, i));
        var kind = random.Next(100);
        var language = kind < 45 ? "en" : kind < 80 ? "ru" : "ko";
        var people = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => People[Zipf(random, People.Length)]).Distinct().ToList();
        var project = random.Next(Projects.Length);
        var year = 1945 + random.Next(47);
        var month = 1 + random.Next(12);
        var date = random.Next(10) switch
        {
            0 => SearchDate.OfYear(year),
            1 or 2 => SearchDate.OfMonth(year, month),
            _ => SearchDate.OfDay(new DateOnly(year, month, 1 + random.Next(28))),
        };
        return new SearchDocument
        {
            Id = new Guid(i, 0, 0, new byte[8]),
            Type = random.Next(10) == 0 ? "historyBlogPost" : "historyArchivalDocument",
            Title = Text(random, language, people, 6 + random.Next(6), 1),
            Route = "/archive/doc-" + i.ToString(CultureInfo.InvariantCulture) + "/",
            Body = Text(random, language, people, 2000, 12),
            TextLanguage = language,
            Date = date,
            Programs = [Programs[project % Programs.Length], Projects[project]],
            Authors = [Authors[Zipf(random, Authors.Length)]],
            Repository = Repositories[random.Next(Repositories.Length)],
            Languages = [language],
            Genre = Genres[random.Next(Genres.Length)],
            Subjects = [Subjects[Zipf(random, Subjects.Length)].Replace('_', ' '), Subjects[random.Next(Subjects.Length)].Replace('_', ' ')],
            People = [.. people.Select(p => new SearchPerson(p.Canonical, p.Variants))],
            Places = [Places[Zipf(random, Places.Length)]],
        };
    }

    private static string Text(Random random, string language, List<(string Canonical, string[] Variants)> people, int length, int nameEvery)
    {
        var (words, capitalized) = language switch { "ru" => (Russian, RussianCapitalized), "ko" => (Korean, Korean), _ => (English, EnglishCapitalized) };
        var text = new StringBuilder(length + 64);
        var sentenceStart = true;
        for (var n = 0; text.Length < length; n++)
        {
            string word;
            if (n % nameEvery == nameEvery - 1)
            {
                var name = people[random.Next(people.Count)];
                var spellings = language == "ru" && name.Variants[0][0] >= 'А' ? name.Variants[..1] : name.Variants;
                word = spellings[random.Next(spellings.Length)];
            }
            else
            {
                word = (sentenceStart ? capitalized : words)[Zipf(random, words.Length)];
            }

            text.Append(word);
            sentenceStart = random.Next(12) == 0;
            text.Append(sentenceStart ? ". " : " ");
        }

        return text.ToString().TrimEnd();
    }

    // A skewed pick (few words common, most rare) from a precomputed table: cheap enough not to weigh on the build.
    private static readonly double[] Skew = [.. Enumerable.Range(0, 4096).Select(i => Math.Pow(i / 4096.0, 2.2))];

    private static int Zipf(Random random, int n) => Math.Min(n - 1, (int)(n * Skew[random.Next(Skew.Length)]));

    private static SearchLabel Label(string kind, int i) =>
        new(new Guid(i + 1, (short)kind.Length, (short)kind[0], new byte[8]).ToString(), $"{kind} {i}");

    private static string[] Capitalize(string[] words) => [.. words.Select(w => char.ToUpperInvariant(w[0]) + w[1..])];

    private static string[] Words(string list, int synthetic)
    {
        var words = list.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var syllables = list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).Select(w => w[..2]).Distinct().ToArray();
        var random = new Random(7);
        for (var i = 0; i < synthetic * 20; i++)
        {
            words.Add(string.Concat(Enumerable.Range(0, 2 + random.Next(2)).Select(_ => syllables[random.Next(syllables.Length)])));
        }

        return [.. words];
    }

    private static (string Canonical, string[] Variants)[] BuildPeople()
    {
        string[] cyrillic = ["ко", "ва", "ли", "мо", "ро", "на", "те", "го", "бу", "ша", "че", "жу", "ца", "ры", "зи"];
        string[] endings = ["ов", "ин", "ский", "енко", "ев"];
        string[] korean = ["Kim", "Pak", "Ri", "Choe", "Kang", "Han"];
        string[] syllables = ["Song", "Chol", "Il", "Yong", "Ho", "Nam", "Chun", "Gil", "Man", "Su"];
        var random = new Random(11);
        var people = new List<(string, string[])>();
        for (var i = 0; people.Count < 2000; i++)
        {
            if (i % 40 == 7 && i / 40 < Names.Length)
            {
                people.Add(Names[i / 40]);
            }
            else if (random.Next(3) > 0)
            {
                var name = string.Concat(Enumerable.Range(0, 2).Select(_ => cyrillic[random.Next(cyrillic.Length)])) + endings[random.Next(endings.Length)];
                name = char.ToUpperInvariant(name[0]) + name[1..];
                var loc = Analysis.CyrillicTransliteration.Romanize(name, Analysis.CyrillicTransliteration.LibraryOfCongress);
                var common = Analysis.CyrillicTransliteration.Romanize(name, Analysis.CyrillicTransliteration.CommonEnglish);
                people.Add((char.ToUpperInvariant(common[0]) + common[1..], [name, char.ToUpperInvariant(loc[0]) + loc[1..]]));
            }
            else
            {
                var given = syllables[random.Next(syllables.Length)] + "-" + syllables[random.Next(syllables.Length)].ToLowerInvariant();
                var family = korean[random.Next(korean.Length)];
                people.Add(($"{family} {given}", [$"{family} {given.Replace("-", " ", StringComparison.Ordinal)}", $"{family} {given.Replace("o", "eo", StringComparison.Ordinal)}"]));
            }
        }

        return [.. people];
    }
}
