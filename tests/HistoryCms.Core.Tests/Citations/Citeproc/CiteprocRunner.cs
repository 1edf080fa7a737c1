using System.Diagnostics;
using System.Text.Json.Nodes;

namespace HistoryCms.Core.Tests.Citations.Citeproc;

/// <summary>What citeproc-js printed for one item: the full note, the short note (a later citation) and the bibliography entry.</summary>
internal sealed record CiteprocOutput(string Id, string NoteFirst, string NoteShort, string Bibliography);

/// <summary>
/// Runs citeproc-js (npm <c>citeproc</c>, installed by <c>npm ci</c> in tests/citeproc, which eng/test.sh runs) with the
/// official Chicago notes-bibliography style over a batch of CSL-JSON items: one node process per batch.
/// Fails with a message saying what to install when node or the package is missing.
/// </summary>
internal static class CiteprocRunner
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "citeproc");

    public static async Task<IReadOnlyList<CiteprocOutput>> FormatAsync(JsonArray items, JsonArray citations, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(Folder, "node_modules", "citeproc", "package.json")))
        {
            throw new InvalidOperationException(
                $"citeproc-js is not installed: run `npm ci` in {Folder} (eng/test.sh does) before running the citeproc cross-check.");
        }

        var request = Path.Combine(Path.GetTempPath(), $"historycms-citeproc-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(request, new JsonObject { ["items"] = items.DeepClone(), ["citations"] = citations.DeepClone() }.ToJsonString(), cancellationToken);
        try
        {
            var start = new ProcessStartInfo("node", [Path.Combine(Folder, "format.mjs"), request])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Folder,
            };
            using var process = StartNode(start);
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"citeproc-js failed (exit {process.ExitCode}): {await error}");
            }

            return [.. JsonNode.Parse(await output)!.AsArray().Select(Read)];
        }
        finally
        {
            File.Delete(request);
        }
    }

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("node (Node.js 20+) is needed for the citeproc cross-check and was not found on PATH: " + e.Message, e);
        }
    }

    private static CiteprocOutput Read(JsonNode? node) => new(
        (string)node!["id"]!,
        (string?)node["note_first"] ?? string.Empty,
        (string?)node["note_short"] ?? string.Empty,
        (string?)node["bibliography"] ?? string.Empty);
}
