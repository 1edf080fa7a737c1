using HistoryCms.USync.Text;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>
/// Cleans each piece of imported text and says what it did: encoding damage repaired through
/// <see cref="LegacyTextRepair"/> (certain repairs <see cref="FindingKind.Repaired"/>, grouped per place; guesses
/// <see cref="FindingKind.Guessed"/>, one by one), the user's <see cref="ReplacementRule"/>s applied
/// (<see cref="FindingKind.Repaired"/>), then injected-looking text and sentences with stripped link words
/// <see cref="FindingKind.Flagged"/>. Nothing is replaced without a rule.
/// </summary>
internal sealed class TextCleaner(string file, IReadOnlyList<ReplacementRule> rules)
{
    private readonly List<ImportFinding> _findings = [];
    private readonly Dictionary<(string Location, string? Field, string Original, string Replacement, TextDamage Damage), int> _certain = [];

    /// <summary>The findings so far (certain repairs grouped, in the order first seen).</summary>
    public IReadOnlyList<ImportFinding> Findings => [.. _findings, .. CertainRepairs()];

    /// <summary>Adds a finding of another kind.</summary>
    public void Add(string location, string? field, FindingKind kind, string message) =>
        _findings.Add(new ImportFinding(file, location, field, kind, message));

    /// <summary>Repairs, applies the rules and flags spam; <paramref name="isProse"/> also flags stripped-link sentences.</summary>
    /// <param name="text">The text as read.</param>
    /// <param name="location">Where it is (line, paragraph).</param>
    /// <param name="field">The property alias it goes into, if any.</param>
    /// <param name="isProse">Whether it is running prose (body, standfirst, bio), where stripped link words show.</param>
    /// <returns>The clean text.</returns>
    public string Clean(string text, string location, string? field, bool isProse)
    {
        var clean = Repair(text, location, field);
        clean = ApplyRules(clean, location, field);
        Flag(clean, location, field, isProse);
        return clean;
    }

    /// <summary>Repairs and applies the rules without flagging (for text flagged as a whole elsewhere).</summary>
    public string RepairOnly(string text, string location, string? field) => ApplyRules(Repair(text, location, field), location, field);

    /// <summary>Flags spam (and, for prose, stripped link words) in already clean text.</summary>
    public void Flag(string clean, string location, string? field, bool isProse)
    {
        foreach (var hit in SpamDetector.Find(clean))
        {
            Add(location, field, FindingKind.Flagged, field is null
                ? $"\"{hit.Text}\" looks injected ({hit.Reason}); it stands in the page around the post, which is not imported. The same text in the post's fields is listed with its field."
                : $"\"{hit.Text}\" looks injected ({hit.Reason}); it was kept. Check what stood there and give a replacement rule (--replace \"{hit.Text}=...\") to put it right.");
        }

        if (!isProse)
        {
            return;
        }

        foreach (var sentence in StrippedLinkDetector.Find(clean))
        {
            Add(location, field, FindingKind.Flagged,
                $"This sentence seems to have lost the words of a link when the page was captured: \"{sentence}\". Restore them from the original page.");
        }
    }

    private string Repair(string text, string location, string? field)
    {
        var result = LegacyTextRepair.RepairWithNotes(text);
        foreach (var note in result.Notes)
        {
            if (note.IsGuess)
            {
                Add(location, field, FindingKind.Guessed,
                    $"\"{note.Original}\" ({Describe(note.Damage)}) lost a byte; it was read as \"{note.Replacement}\" from the context: \"…{note.Context.Trim()}…\". Check it.");
                continue;
            }

            var key = (location, field, note.Original, note.Replacement, note.Damage);
            _certain[key] = _certain.GetValueOrDefault(key) + 1;
        }

        return result.Text;
    }

    private string ApplyRules(string text, string location, string? field)
    {
        foreach (var rule in rules)
        {
            var count = Count(text, rule.Found);
            if (count == 0)
            {
                continue;
            }

            text = text.Replace(rule.Found, rule.Replacement, StringComparison.Ordinal);
            Add(location, field, FindingKind.Repaired, $"\"{rule.Found}\" was replaced by \"{rule.Replacement}\" ({Times(count)}), as your rule asks.");
        }

        return text;
    }

    private IEnumerable<ImportFinding> CertainRepairs() =>
        _certain.Select(c => new ImportFinding(file, c.Key.Location, c.Key.Field, FindingKind.Repaired,
            $"\"{c.Key.Original}\" ({Describe(c.Key.Damage)}) was repaired to \"{c.Key.Replacement}\" ({Times(c.Value)})."));

    private static string Describe(TextDamage damage) => damage switch
    {
        TextDamage.Gbk => "UTF-8 read as GBK",
        _ => "UTF-8 read as Windows-1252",
    };

    private static string Times(int count) => count == 1 ? "once" : $"{count} times";

    private static int Count(string text, string found)
    {
        var count = 0;
        for (var at = text.IndexOf(found, StringComparison.Ordinal); at >= 0; at = text.IndexOf(found, at + found.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
