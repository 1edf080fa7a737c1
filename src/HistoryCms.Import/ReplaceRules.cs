namespace HistoryCms.Import;

/// <summary>
/// The user's replacement rules (<c>--replace "found=replacement"</c>, or a rules file with one such line each; blank lines
/// and lines starting with <c>#</c> are ignored). The importer replaces text only by these rules, in every imported value,
/// and reports each replacement.
/// </summary>
public sealed class ReplaceRules
{
    private readonly List<(string Found, string Replacement)> rules = [];

    /// <summary>The rules, in order.</summary>
    public IReadOnlyList<(string Found, string Replacement)> Rules => rules;

    /// <summary>A hash of the rules (0 when there are none): an item imported under other rules is built again.</summary>
    public ulong Signature => rules.Count == 0 ? 0 : Planning.Fingerprint.Of(string.Join('\n', rules.Select(r => r.Found + "=" + r.Replacement)));

    /// <summary>Reads rules.</summary>
    /// <param name="inline">The <c>--replace</c> values.</param>
    /// <param name="file">A rules file, or <c>null</c>.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="FormatException">A rule has no <c>=</c> or nothing before it; the message names the rule (and the file's line).</exception>
    public static ReplaceRules Parse(IEnumerable<string> inline, string? file)
    {
        ArgumentNullException.ThrowIfNull(inline);
        var result = new ReplaceRules();
        foreach (var rule in inline)
        {
            result.Add(rule, "--replace");
        }

        if (file is not null)
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
                {
                    result.Add(line, $"{file}, line {number}");
                }
            }
        }

        return result;
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
        if (rules.Count == 0)
        {
            return item;
        }

        var name = Replace(item.Content.Name, "name");
        var values = item.Content.Values.ToDictionary(v => v.Key, v => v.Value is null ? null : Replace(v.Value, v.Key), StringComparer.Ordinal);
        return item with { Content = item.Content with { Name = name, Values = values } };

        string Replace(string text, string field)
        {
            foreach (var (found, replacement) in rules)
            {
                if (text.Contains(found, StringComparison.Ordinal))
                {
                    text = text.Replace(found, replacement, StringComparison.Ordinal);
                    findings.Add(new(file, item.IdentitySource, field, FindingKind.Repaired, $"\"{found}\" replaced by \"{replacement}\" (the user's rule)."));
                }
            }

            return text;
        }
    }

    private void Add(string rule, string where)
    {
        var eq = rule.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new FormatException($"The replacement rule \"{rule}\" ({where}) is not \"found=replacement\".");
        }

        rules.Add((rule[..eq], rule[(eq + 1)..]));
    }
}
