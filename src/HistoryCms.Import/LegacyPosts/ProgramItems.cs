using System.Text.RegularExpressions;
using HistoryCms.Core.Content;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>A program the post names: its key, and the item to create when the site lacks it.</summary>
/// <param name="Name">The program's name.</param>
/// <param name="Key">Its key (the existing item's, or derived from the name).</param>
/// <param name="Level">Its level in the tree.</param>
/// <param name="Created">The new item, or <c>null</c> when the site already has the program.</param>
internal sealed record ProgramRef(string Name, Guid Key, int Level, ImportedContent? Created);

/// <summary>
/// Makes the programs of a post's "Read More" section: a program the site already has (by name) is referred to; a missing
/// one is created with its description, under the program its description says it "is part of" (created too when
/// missing), or at the top of the programs folder.
/// </summary>
internal static partial class ProgramItems
{
    private const string ReadMoreLink = "Read more";

    /// <summary>The post's programs in page order, and every program item to create (parents first).</summary>
    public static (IReadOnlyList<ProgramRef> Programs, IReadOnlyList<ImportedContent> Created) Build(
        IReadOnlyList<ProgramParts> parts, TextCleaner cleaner, LegacyPostOptions options, DateTimeOffset date)
    {
        var read = parts.Select(p => (
            Name: cleaner.Clean(p.Name.Text, p.Name.Location, "name", isProse: false),
            Description: cleaner.Clean(StripReadMore(p.Description.Text), p.Description.Location, P.ShortDescription, isProse: true),
            At: p.Description)).ToList();
        var refs = new Dictionary<string, ProgramRef>(StringComparer.Ordinal);
        var created = new List<ImportedContent>();
        var sortOrders = new Dictionary<Guid, int>();

        ProgramRef Resolve(string name, string? description, PageBlock at, int depth)
        {
            var id = ImportKeys.NormaliseName(name);
            if (refs.TryGetValue(id, out var known))
            {
                return known;
            }

            if (options.Lookup.FindProgram(name) is { } existing)
            {
                return refs[id] = new ProgramRef(existing.Name, existing.Key, existing.Level, null);
            }

            var parent = depth < 8 ? ParentOf(name, description, at) : null;
            var parentKey = parent?.Key ?? options.Folders.Programs.Key;
            var level = (parent?.Level ?? options.Folders.Programs.Level) + 1;
            var sortOrder = sortOrders[parentKey] = sortOrders.GetValueOrDefault(parentKey, -1) + 1;
            var key = ImportKeys.ProgramKey(name);
            var item = new ContentItem(key, A.Program, name, parentKey, sortOrder, level, date, date, string.Empty,
                new Dictionary<string, string?> { [P.ShortDescription] = description });
            var reference = refs[id] = new ProgramRef(name, key, level, new ImportedContent("program:" + name, item));
            created.Add(reference.Created!);
            return reference;

            ProgramRef? ParentOf(string child, string? text, PageBlock where)
            {
                if (text is null || PartOf().Match(text) is not { Success: true } match)
                {
                    return null;
                }

                var phrase = match.Groups["whole"].Value.Trim();
                var onPage = read.Where(r => !SameName(r.Name, child) && phrase.Contains(r.Name, StringComparison.OrdinalIgnoreCase))
                    .OrderByDescending(r => r.Name.Length).FirstOrDefault();
                if (onPage.Name is not null)
                {
                    return Resolve(onPage.Name, onPage.Description, onPage.At, depth + 1);
                }

                var named = match.Groups["name"].Value.Trim();
                if (options.Lookup.FindProgram(named) is null)
                {
                    cleaner.Add(where.Location, "parent", FindingKind.Guessed,
                        $"\"{child}\" says it is part of \"{phrase}\"; a program \"{named}\" was created for it, without a description. Check its name.");
                }

                return Resolve(named, null, where, depth + 1);
            }
        }

        var programs = read.Select(r => Resolve(r.Name, r.Description, r.At, 0)).ToList();
        return (programs, created);
    }

    private static bool SameName(string a, string b) => ImportKeys.NormaliseName(a) == ImportKeys.NormaliseName(b);

    private static string StripReadMore(string description)
    {
        var text = description.TrimEnd();
        return text.EndsWith(ReadMoreLink, StringComparison.OrdinalIgnoreCase) ? text[..^ReadMoreLink.Length].TrimEnd(' ', '\u00A0') : text;
    }

    /// <summary>"It is part of [the] [Someone's] Some Program." — the whole phrase, and the name after a possessive.</summary>
    [GeneratedRegex(@"\b(?:is|are) (?:a )?part of (?<whole>(?:the )?(?:[^.]*?['’]s )?(?<name>[^.]+?))\s*\.(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PartOf();
}
