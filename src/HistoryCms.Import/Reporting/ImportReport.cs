using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HistoryCms.Import.Reporting;

/// <summary>What an import did: counts, and every finding with its place.</summary>
public sealed class ImportReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Whether nothing was written (<c>--dry-run</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>Items written that were not there before.</summary>
    public int Created { get; set; }

    /// <summary>Items whose file changed.</summary>
    public int Updated { get; set; }

    /// <summary>Items already as the input says (their files are not rewritten).</summary>
    public int Unchanged { get; set; }

    /// <summary>Records (or whole files) not imported.</summary>
    public int Skipped { get; set; }

    /// <summary>Fields an editor changed that the import left at the editor's value.</summary>
    public int Conflicts { get; set; }

    /// <summary>Every finding, in input order.</summary>
    public List<ImportFinding> Findings { get; } = [];

    /// <summary>Whether anything was skipped or could not be read: the command's exit code is then non-zero.</summary>
    [JsonIgnore]
    public bool AnythingSkipped => Skipped > 0 || Findings.Any(f => f.Kind is FindingKind.Skipped or FindingKind.Error);

    /// <summary>The report as JSON (camel-case names, kinds as words).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The report as text for a terminal: the counts, then each finding on its line.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(DryRun ? "Dry run (nothing written): " : string.Empty)
            .Append(CultureInfo.InvariantCulture, $"{Created} created, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped, {Conflicts} conflicts")
            .AppendLine();
        foreach (var group in Findings.GroupBy(f => f.Kind).OrderBy(g => g.Key))
        {
            text.AppendLine().Append(group.Key).Append(" (").Append(group.Count()).AppendLine("):");
            foreach (var finding in group)
            {
                text.Append("  ").Append(finding.File).Append(", ").Append(finding.Location)
                    .Append(finding.Field is null ? string.Empty : $", {finding.Field}").Append(": ").AppendLine(finding.Message);
            }
        }

        return text.ToString();
    }
}
