using System.Globalization;
using System.Text;
using HistoryCms.Import.Planning;

namespace HistoryCms.Import.LegacyPosts;

/// <summary>
/// The last segment of each imported document's archive address, kept beside the importer's state
/// (<c>&lt;uSync folder&gt;/.import/document-slugs.tsv</c>: identity, file, the file's length and time when it was read, slug),
/// so that a posts import resolves <c>/document/&lt;slug&gt;</c> links without reading every document again: a row counts
/// only while its file has the same length and time; other files are read and their rows replaced. It is a cache: a missing
/// or damaged index is rebuilt from the files, and a run that is killed loses nothing but the time to rebuild it.
/// </summary>
internal sealed class DocumentSlugIndex
{
    /// <summary>The index's file name in the state folder.</summary>
    public const string FileName = "document-slugs.tsv";

    private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);
    private readonly string _path;
    private bool _changed;

    private DocumentSlugIndex(string path) => _path = path;

    /// <summary>Loads the index of a uSync folder (empty when there is none; unreadable lines are dropped and rebuilt).</summary>
    public static DocumentSlugIndex Load(string usync)
    {
        var index = new DocumentSlugIndex(Path.Combine(usync, ImportState.Folder, FileName));
        if (!File.Exists(index._path))
        {
            return index;
        }

        using var reader = new StreamReader(index._path, new UTF8Encoding(false), false, 1 << 16);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length == 5
                && long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var length)
                && long.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks))
            {
                index._rows[parts[0]] = new Row(parts[0], parts[1], length, ticks, parts[4]);
            }
            else
            {
                index._changed = true;
            }
        }

        return index;
    }

    /// <summary>The row of a document, if its file is the one the row was made from (same path, length and time).</summary>
    public Row? Find(string identity, string relativePath, long length, long writeTicks) =>
        _rows.TryGetValue(identity, out var row) && row.RelativePath == relativePath && row.Length == length && row.WriteTicks == writeTicks ? row : null;

    /// <summary>Adds or replaces a row.</summary>
    public void Set(Row row)
    {
        _rows[row.Identity] = row;
        _changed = true;
    }

    /// <summary>Drops the rows of documents the state no longer has.</summary>
    public void KeepOnly(IEnumerable<string> identities)
    {
        var keep = identities.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _rows.Keys.Where(k => !keep.Contains(k)).ToList())
        {
            _rows.Remove(gone);
            _changed = true;
        }
    }

    /// <summary>Writes the index atomically when a row changed.</summary>
    public void SaveIfChanged()
    {
        if (!_changed)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        AtomicFile.Write(_path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            // A value with a tab or line break cannot stand in a line; its row is left out and its file read again next time.
            foreach (var row in _rows.Values.Where(r => !new[] { r.Identity, r.RelativePath, r.Slug }.Any(v => v.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0))
                .OrderBy(r => r.Identity, StringComparer.Ordinal))
            {
                writer.Write(string.Join('\t', row.Identity, row.RelativePath, row.Length.ToString(CultureInfo.InvariantCulture),
                    row.WriteTicks.ToString(CultureInfo.InvariantCulture), row.Slug));
                writer.Write('\n');
            }
        });
        _changed = false;
    }

    /// <summary>One document.</summary>
    /// <param name="Identity">Its identity in the importer's state (record ID).</param>
    /// <param name="RelativePath">Its file, relative to the uSync folder.</param>
    /// <param name="Length">The file's length when it was read.</param>
    /// <param name="WriteTicks">The file's last-write time (UTC ticks) when it was read.</param>
    /// <param name="Slug">The last segment of its archive address (empty when it has none).</param>
    public sealed record Row(string Identity, string RelativePath, long Length, long WriteTicks, string Slug);
}
