namespace HistoryCms.Import;

/// <summary>
/// The user's replacement rules for one import run (<c>--replace "found=replacement"</c>, or a rules file with one such
/// line each), each a <see cref="ReplacementRule"/> read by its one parser. The importer replaces text only by these rules
/// and reports each replacement: record sources through <see cref="Apply"/>, legacy posts in their own cleaning (which
/// knows the paragraph each replacement is in).
/// </summary>
public sealed class ReplaceRules
{
    private ReplaceRules(IReadOnlyList<ReplacementRule> rules) => Rules = rules;

    /// <summary>No rules.</summary>
    public static ReplaceRules None { get; } = new([]);

    /// <summary>The rules, in order (command-line rules first, then the file's).</summary>
    public IReadOnlyList<ReplacementRule> Rules { get; }

    /// <summary>A hash of the rules (0 when there are none): an item imported under other rules is built again.</summary>
    public ulong Signature => Rules.Count == 0 ? 0 : Planning.Fingerprint.Of(string.Join('\n', Rules.Select(r => r.Found + "=" + r.Replacement)));

    /// <summary>Reads rules.</summary>
    /// <param name="inline">The <c>--replace</c> values.</param>
    /// <param name="file">A rules file, or <c>null</c>.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="FormatException">A rule has no <c>=</c> or nothing before it; the message names the rule (and the file and line).</exception>
    public static ReplaceRules Parse(IEnumerable<string> inline, string? file)
    {
        ArgumentNullException.ThrowIfNull(inline);
        var rules = inline.Select(rule => ReplacementRule.Parse(rule)).ToList();
        if (file is not null)
        {
            try
            {
                rules.AddRange(ReplacementRule.ParseLines(File.ReadLines(file)));
            }
            catch (FormatException e)
            {
                throw new FormatException($"{file}, {char.ToLowerInvariant(e.Message[0])}{e.Message[1..]}", e);
            }
        }

        return new ReplaceRules(rules);
    }

    /// <summary>Applies the rules to an item's name and values.</summary>
    /// <param name="item">The item.</param>
    /// <param name="file">The input file, for the findings.</param>
    /// <param name="findings">Receives a <see cref="FindingKind.Repaired"/> finding per replacement.</param>
    /// <returns>The item with the replacements made.</returns>
    public ImportItem Apply(ImportItem item, string file, ICollection<ImportFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(findings);
        if (Rules.Count == 0)
        {
            return item;
        }

        var name = Replace(item.Content.Name, "name");
        var values = item.Content.Values.ToDictionary(v => v.Key, v => v.Value is null ? null : Replace(v.Value, v.Key), StringComparer.Ordinal);
        return item with { Content = item.Content with { Name = name, Values = values } };

        string Replace(string text, string field)
        {
            foreach (var rule in Rules)
            {
                if (text.Contains(rule.Found, StringComparison.Ordinal))
                {
                    text = text.Replace(rule.Found, rule.Replacement, StringComparison.Ordinal);
                    findings.Add(new(file, item.IdentitySource, field, FindingKind.Repaired, $"\"{rule.Found}\" replaced by \"{rule.Replacement}\" (the user's rule)."));
                }
            }

            return text;
        }
    }
}
