using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace HistoryCms.Import.Planning;

/// <summary>What the importer remembers of one item it wrote.</summary>
/// <param name="Identity">The record ID or old URL.</param>
/// <param name="Key">The item's key.</param>
/// <param name="RelativePath">The file, relative to the uSync folder (<c>Content/...config</c>).</param>
/// <param name="ParentKey">The item's parent when written.</param>
/// <param name="SortOrder">Its sort order when written.</param>
/// <param name="Length">The file's length after the importer's last look at it.</param>
/// <param name="WriteTicks">The file's last-write time (UTC ticks) after the importer's last look at it.</param>
/// <param name="Fields">The fingerprint of each imported field's value, by alias (<c>@name</c> for the node name).</param>
/// <param name="Conflicts">The fields an editor changed, kept at the editor's value.</param>
/// <param name="InputFingerprint">The hash of the raw input the item was last built from (0 when the source gave none).</param>
public sealed record ImportedEntry(
    string Identity,
    Guid Key,
    string RelativePath,
    Guid ParentKey,
    int SortOrder,
    long Length,
    long WriteTicks,
    IReadOnlyDictionary<string, ulong> Fields,
    IReadOnlyList<string> Conflicts,
    ulong InputFingerprint);

/// <summary>
/// The importer's memory of what it wrote, kept beside the content (<c>&lt;uSync folder&gt;/.import/state.tsv</c>, not read by
/// uSync or the delivery server): one line per item. Each item written appends its line to a journal (<c>journal.tsv</c>) at
/// once, so an import killed at any point remembers every file it finished; a finished run folds the journal into the state
/// file atomically (temp file and rename). A torn last journal line is ignored: its file is matched again by key.
/// </summary>
public sealed class ImportState : IDisposable
{
    /// <summary>The state's folder below the uSync folder.</summary>
    public const string Folder = ".import";

    private readonly ConcurrentDictionary<string, ImportedEntry> _entries = new(StringComparer.Ordinal);
    private readonly string _folder;
    private StreamWriter? _journal;

    private ImportState(string usync) => _folder = Path.Combine(usync, Folder);

    /// <summary>The entries by identity (safe to read from a reading thread while the planner remembers).</summary>
    public IReadOnlyDictionary<string, ImportedEntry> Entries => _entries;

    /// <summary>Loads the state of a uSync folder (empty when there is none).</summary>
    /// <param name="usync">The uSync folder.</param>
    /// <returns>The state.</returns>
    public static ImportState Load(string usync)
    {
        var state = new ImportState(usync);
        state.ReadLines(Path.Combine(state._folder, "state.tsv"));
        state.ReadLines(Path.Combine(state._folder, "journal.tsv"));
        return state;
    }

    /// <summary>Remembers an item: in memory, and (unless <paramref name="persist"/> is false) in the journal at once.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="persist">Whether to append it to the journal on disk.</param>
    public void Remember(ImportedEntry entry, bool persist)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries[entry.Identity] = entry;
        if (!persist)
        {
            return;
        }

        if (_journal is null)
        {
            Directory.CreateDirectory(_folder);
            _journal = new StreamWriter(new FileStream(Path.Combine(_folder, "journal.tsv"), FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16), new UTF8Encoding(false));
        }

        _journal.Write(Line(entry));
    }

    /// <summary>Hands the journal's buffered lines to the operating system (a killed process loses nothing handed over).</summary>
    public void Flush() => _journal?.Flush();

    /// <summary>Folds the journal into the state file: the state is written to a temp file and renamed over the old one, then the journal is emptied.</summary>
    public void Compact()
    {
        Directory.CreateDirectory(_folder);
        _journal?.Dispose();
        _journal = null;
        var target = Path.Combine(_folder, "state.tsv");
        AtomicFile.Write(target, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            foreach (var entry in _entries.Values.OrderBy(e => e.Identity, StringComparer.Ordinal))
            {
                writer.Write(Line(entry));
            }
        });
        File.Delete(Path.Combine(_folder, "journal.tsv"));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _journal?.Dispose();
        _journal = null;
    }

    private static string Line(ImportedEntry e)
    {
        var fields = string.Join(',', e.Fields.Select(f => f.Key + "=" + f.Value.ToString("x", CultureInfo.InvariantCulture)));
        return string.Join('\t',
            Escape(e.Identity), e.Key.ToString("D"), Escape(e.RelativePath), e.ParentKey.ToString("D"),
            e.SortOrder.ToString(CultureInfo.InvariantCulture), e.Length.ToString(CultureInfo.InvariantCulture),
            e.WriteTicks.ToString(CultureInfo.InvariantCulture), fields, string.Join(',', e.Conflicts),
            e.InputFingerprint.ToString("x", CultureInfo.InvariantCulture)) + "\n";
    }

    private void ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        // Line by line: a state of 100,000 items is tens of megabytes, never held as one string. A line without its
        // newline (a journal line torn by a kill) does not parse and is ignored.
        using var reader = new StreamReader(path, new UTF8Encoding(false), false, 1 << 16);
        while (reader.ReadLine() is { } line)
        {
            if (Parse(line) is { } entry)
            {
                _entries[entry.Identity] = entry;
            }
        }
    }

    private static ImportedEntry? Parse(string line)
    {
        var parts = line.Split('\t');
        if (parts.Length != 10
            || !ulong.TryParse(parts[9], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var input)
            || !Guid.TryParse(parts[1], out var key) || !Guid.TryParse(parts[3], out var parent)
            || !int.TryParse(parts[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var sort)
            || !long.TryParse(parts[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out var length)
            || !long.TryParse(parts[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks))
        {
            return null;
        }

        var fields = new List<KeyValuePair<string, ulong>>();
        foreach (var field in parts[7].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = field.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !ulong.TryParse(field.AsSpan(eq + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hash))
            {
                return null;
            }

            fields.Add(KeyValuePair.Create(field[..eq], hash));
        }

        return new ImportedEntry(Unescape(parts[0]), key, Unescape(parts[2]), parent, sort, length, ticks, FieldPrintDictionary.From(fields),
            parts[8].Split(',', StringSplitOptions.RemoveEmptyEntries), input);
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                builder.Append(text[i] switch { 't' => '\t', 'n' => '\n', _ => text[i] });
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
