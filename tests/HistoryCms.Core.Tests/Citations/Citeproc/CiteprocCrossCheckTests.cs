using System.Text.Json.Nodes;
using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations.Citeproc;

/// <summary>
/// Our Chicago full note, short note and bibliography entry agree with citeproc-js formatting our CSL-JSON export with
/// the official Chicago notes-bibliography style (tests/fixtures/csl), for every archival document of the sample
/// content, every record of tests/fixtures/digital-archive and the formatter tests' documents — except where a rule of
/// <see cref="ChicagoStyleDifferences"/> says we differ. One node process formats the whole batch.
/// </summary>
public sealed class CiteprocCrossCheckTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Our_chicago_forms_agree_with_citeproc_except_for_the_documented_differences()
    {
        var cases = CrossCheckCases.All();
        var formatted = await CiteprocRunner.FormatAsync(
            new JsonArray([.. cases.Select(c => c.Csl.DeepClone())]),
            new JsonArray([.. cases.Select(CrossCheckCases.Citation)]),
            TestContext.Current.CancellationToken);
        var formatter = new CitationFormatter(CrossCheckCases.Options);
        var failures = new List<string>();
        var uses = ChicagoStyleDifferences.All.ToDictionary(r => r.Id, _ => 0);

        foreach (var (c, citeproc) in cases.Zip(formatted))
        {
            Compare(c, ChicagoForm.Note, citeproc.NoteFirst, formatter.Note(c.Document, c.Locator));
            Compare(c, ChicagoForm.ShortNote, citeproc.NoteShort, formatter.ShortNote(c.Document, c.Locator));
            Compare(c, ChicagoForm.Bibliography, citeproc.Bibliography, formatter.Bibliography(c.Document));
        }

        output.WriteLine($"Deliberate differences from the official Chicago CSL style (citeproc-js), over {cases.Count} documents:");
        foreach (var rule in ChicagoStyleDifferences.All)
        {
            output.WriteLine($"- {rule.Id} ({rule.Cmos}), applied {uses[rule.Id]} times: {rule.Rule}");
        }

        Assert.True(cases.Count(c => c.Origin.StartsWith("sample content", StringComparison.Ordinal)) >= 4, "the sample content's archival documents were not all read");
        Assert.Equal(6, cases.Count(c => c.Origin.StartsWith("records.csv", StringComparison.Ordinal) || c.Origin.StartsWith("zotero", StringComparison.Ordinal)));
        Assert.True(failures.Count == 0, $"{failures.Count} forms differ from citeproc-js beyond the documented rules:\n\n" + string.Join("\n\n", failures));
        Assert.All(uses, use => Assert.True(use.Value > 0, $"the rule {use.Key} applies to no document of the cross-check: drop it, or add a document it covers"));

        void Compare(CrossCheckCase c, ChicagoForm form, string citeproc, string ours)
        {
            var (expected, applied) = ChicagoDifferenceRules.Apply(c, form, citeproc);
            foreach (var id in applied)
            {
                uses[id]++;
            }

            if (!string.Equals(expected, ours, StringComparison.Ordinal))
            {
                failures.Add($"{c.Origin} — {form}\n  citeproc:       {citeproc}\n  after rules:    {expected}\n  ours:           {ours}\n  rules applied:  {string.Join(", ", applied)}\n  CSL-JSON:       {c.Csl.ToJsonString()}");
            }
        }
    }

    [Fact]
    public void Every_documented_difference_has_its_rule_in_the_comparison()
    {
        Assert.Equal(
            ChicagoStyleDifferences.All.Select(r => r.Id).Order(StringComparer.Ordinal),
            ChicagoDifferenceRules.Known.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_citations_readme_lists_each_documented_difference_with_its_cmos_reference()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "HistoryCms.Core", "Citations", "README.md"));
        var rows = readme.Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();

        Assert.Equal(ChicagoStyleDifferences.All.Count, rows.Count);
        Assert.All(ChicagoStyleDifferences.All, rule => Assert.Contains(rows, row =>
            row.StartsWith($"| `{rule.Id}` |", StringComparison.Ordinal) && row.EndsWith($"| {rule.Cmos} |", StringComparison.Ordinal)));
    }
}
