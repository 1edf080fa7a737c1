using HistoryCms.Core.Content;
using HistoryCms.Import.Reporting;
using HistoryCms.USync;
using HistoryCms.USync.Content;
using HistoryCms.USync.Naming;

namespace HistoryCms.Import.Planning;

/// <summary>
/// Decides, item by item, what the import does to the folder and does it: creates the file, updates it in place (same
/// key, same file), or leaves it alone when nothing changed. A field whose stored value is not what the importer wrote last
/// time was changed by an editor: the editor's value is kept and the field reported as a conflict. Without a record of an
/// earlier import (content made by hand), a stored value that differs is kept the same way; empty ones are filled.
/// </summary>
public sealed class ItemPlanner
{
    /// <summary>The pseudo-alias of the node name in fingerprints.</summary>
    public const string NameField = "@name";

    private readonly ContentFolder _folder;
    private readonly ImportReport _report;
    private readonly bool _dryRun;
    private readonly ulong _context;
    private static readonly IReadOnlyDictionary<string, string?> NoValues = new Dictionary<string, string?>();

    private readonly Dictionary<Guid, ContentItem> _tree = [];
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _createdDirectories = new(StringComparer.Ordinal);
    private bool _dirty;

    /// <summary>A planner over a loaded folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="report">The report to count and note into.</param>
    /// <param name="dryRun">Write nothing.</param>
    /// <param name="context">A hash of what else shapes the items (the replacement rules), folded into every input fingerprint.</param>
    public ItemPlanner(ContentFolder folder, ImportReport report, bool dryRun, ulong context = 0)
    {
        _context = context;
        _folder = folder;
        _report = report;
        _dryRun = dryRun;
        foreach (var node in folder.Others.Values)
        {
            _tree[node.Key] = ToItem(node);
        }
    }

    /// <summary>The level of an item the folder holds (1 at the root).</summary>
    /// <param name="key">The item's key.</param>
    /// <returns>The level.</returns>
    public int LevelOf(Guid key)
    {
        var level = 0;
        for (var current = _tree.GetValueOrDefault(key); current is not null && level <= _tree.Count; current = current.ParentKey is { } p ? _tree.GetValueOrDefault(p) : null)
        {
            level++;
        }

        return level;
    }

    /// <summary>Writes a folder item the import needs (e.g. a missing archive folder), reporting it.</summary>
    /// <param name="item">The folder item.</param>
    public void WriteFolder(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var path = NewPath(item);
        _tree[item.Key] = item;
        Write(path, Bytes(path, item));
        _folder.Add(new USyncContentNode(path, item.Key, item.Name, item.ContentType, item.ParentKey, item.SortOrder, item.CreateDate, true, false, item.Values, 0));
        _report.Created++;
        _report.Findings.Add(new(_folder.Root, path, null, FindingKind.Flagged,
            $"The folder had no {item.ContentType}; \"{item.Name}\" was created at the root for the imported items. Move it under the site root in the backoffice."));
    }

    /// <summary>
    /// Whether an item is the same as at the last import without building it: the raw input hashes as then, and its file
    /// is untouched since (same length and time). Safe to call from the thread that reads the input.
    /// </summary>
    /// <param name="identity">The item's identity.</param>
    /// <param name="inputFingerprint">The hash of its raw input.</param>
    /// <returns><c>true</c> when the item need not be built.</returns>
    public bool IsUnchanged(string identity, ulong inputFingerprint) =>
        inputFingerprint != 0
        && _folder.State.Entries.TryGetValue(identity, out var entry)
        && entry.InputFingerprint == Mix(inputFingerprint)
        && Untouched(entry);

    /// <summary>Creates, updates or leaves one item.</summary>
    /// <param name="item">The imported item.</param>
    /// <param name="file">The input file, for findings.</param>
    public void Apply(ImportItem item, string file)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (_seen.TryGetValue(item.IdentitySource, out var earlier))
        {
            _report.Findings.Add(new(file, item.IdentitySource, null, FindingKind.Flagged,
                $"The same record ({item.IdentitySource}) came already from {earlier}; the later one replaces it."));
        }

        _seen[item.IdentitySource] = file;
        item = item with { InputFingerprint = Mix(item.InputFingerprint) };
        _folder.State.Entries.TryGetValue(item.IdentitySource, out var entry);
        if (entry is not null && item.InputFingerprint != 0 && entry.InputFingerprint == item.InputFingerprint && Untouched(entry))
        {
            Unchanged(entry, item, file);
            return;
        }

        if (item.SameAsLastImport)
        {
            _report.Findings.Add(new(file, item.IdentitySource, null, FindingKind.Error,
                "The item's file changed while the import ran; the record is not imported this time. Run the import again."));
            return;
        }

        var imported = Fields(item.Content);
        var fingerprints = FieldPrintDictionary.From(imported.Select(f => KeyValuePair.Create(f.Key, Fingerprint.Of(f.Value))));
        USyncContentNode? current;
        string path;
        if (entry is not null)
        {
            path = entry.RelativePath;
            var full = Full(path);
            var info = new FileInfo(full);
            if (info.Exists && info.Length == entry.Length && info.LastWriteTimeUtc.Ticks == entry.WriteTicks && Same(entry.Fields, fingerprints))
            {
                Unchanged(entry, item, file);
                if (entry.InputFingerprint != item.InputFingerprint)
                {
                    _folder.State.Remember(entry with { InputFingerprint = item.InputFingerprint }, persist: !_dryRun);
                    _dirty = true;
                }

                return;
            }

            current = info.Exists ? Read(full, path, file, item) : null;
            if (!info.Exists)
            {
                _report.Findings.Add(new(file, item.IdentitySource, null, FindingKind.Flagged, $"The file {path} of this item was removed after the last import; it is written again."));
            }
            else if (current is null)
            {
                return;
            }
        }
        else
        {
            current = _folder.Existing(item.IdentitySource, item.Content.Key);
            path = current?.Path ?? NewPath(item.Content);
        }

        var values = current is null ? new Dictionary<string, string?>(StringComparer.Ordinal) : new Dictionary<string, string?>(current.Values, StringComparer.Ordinal);
        var name = current?.Name ?? item.Content.Name;
        var conflicts = new List<string>();
        foreach (var (alias, value) in imported)
        {
            var stored = current is null ? null : alias == NameField ? current.Name : current.Values.GetValueOrDefault(alias);
            var keep = false;
            if (current is not null && !Equal(stored, value))
            {
                if (entry?.Fields.TryGetValue(alias, out var last) == true)
                {
                    keep = Fingerprint.Of(stored) != last;
                }
                else
                {
                    keep = !string.IsNullOrWhiteSpace(stored);
                }
            }

            if (keep)
            {
                conflicts.Add(alias);
                Conflict(file, item, alias, entry is null
                    ? "The folder already holds a different value and there is no record of an earlier import; the stored value is kept."
                    : "An editor changed this field after the last import; the editor's value is kept.");
            }
            else if (alias == NameField)
            {
                name = value ?? name;
            }
            else
            {
                values[alias] = value;
            }
        }

        var parent = current?.ParentKey ?? item.Content.ParentKey;
        var sortOrder = current?.SortOrder ?? entry?.SortOrder ?? _folder.NextSortOrder(parent ?? Guid.Empty);
        var final = item.Content with
        {
            Key = current?.Key ?? entry?.Key ?? item.Content.Key,
            Name = name,
            ParentKey = parent,
            SortOrder = sortOrder,
            Level = parent is { } p ? LevelOf(p) + 1 : 1,
            CreateDate = current?.CreateDate ?? item.Content.CreateDate,
            Values = values,
        };

        byte[] bytes;
        try
        {
            bytes = Bytes(path, final);
        }
        catch (ArgumentException e)
        {
            _report.Findings.Add(new(file, item.IdentitySource, null, FindingKind.Skipped, e.Message + " The item is not written."));
            return;
        }

        Place(final);
        var full2 = Full(path);
        if (current is not null && File.Exists(full2) && File.ReadAllBytes(full2).AsSpan().SequenceEqual(bytes))
        {
            _report.Unchanged++;
        }
        else
        {
            Write(path, bytes);
            if (current is null)
            {
                _report.Created++;
            }
            else
            {
                _report.Updated++;
            }
        }

        var stat = new FileInfo(full2);
        var remembered = new ImportedEntry(item.IdentitySource, final.Key, path, parent ?? Guid.Empty, sortOrder,
            stat.Exists ? stat.Length : 0, stat.Exists ? stat.LastWriteTimeUtc.Ticks : 0, fingerprints, conflicts, item.InputFingerprint);
        if (entry is null || !SameEntry(entry, remembered))
        {
            _folder.State.Remember(remembered, persist: !_dryRun);
            _folder.State.Flush();
            _dirty = true;
        }
    }

    /// <summary>Ends the run: folds the journal into the state file (nothing in a dry run, or when nothing changed).</summary>
    public void Finish()
    {
        if (!_dryRun && _dirty)
        {
            _folder.State.Compact();
        }
    }

    /// <summary>The file's bytes; the item stands in the tree while its path is worked out (uSync's path runs through it).</summary>
    private byte[] Bytes(string path, ContentItem item)
    {
        var previous = _tree.GetValueOrDefault(item.Key);
        _tree[item.Key] = item;
        try
        {
            return USyncFile.From(path, USyncContentWriter.History.ToXml(item, _tree)).Bytes;
        }
        finally
        {
            if (previous is null)
            {
                _tree.Remove(item.Key);
            }
            else
            {
                _tree[item.Key] = previous;
            }
        }
    }

    /// <summary>Puts an imported item into the tree (name and parent only), so that items below it (a project below a program imported in the same run) get their path and level.</summary>
    private void Place(ContentItem item) => _tree[item.Key] = item with { Values = NoValues };

    private ulong Mix(ulong input) => input == 0 || _context == 0 ? input : ((input * 1099511628211) ^ _context) | 1;

    private void Unchanged(ImportedEntry entry, ImportItem item, string file)
    {
        _report.Unchanged++;
        if (!item.SameAsLastImport)
        {
            Place(item.Content with { Key = entry.Key, ParentKey = entry.ParentKey == Guid.Empty ? null : entry.ParentKey, SortOrder = entry.SortOrder });
        }

        foreach (var field in entry.Conflicts)
        {
            Conflict(file, item, field, "An editor changed this field after an earlier import; the editor's value is kept.");
        }
    }

    private bool Untouched(ImportedEntry entry)
    {
        var info = new FileInfo(Full(entry.RelativePath));
        return info.Exists && info.Length == entry.Length && info.LastWriteTimeUtc.Ticks == entry.WriteTicks;
    }

    private static Dictionary<string, string?> Fields(ContentItem item)
    {
        var fields = new Dictionary<string, string?>(item.Values, StringComparer.Ordinal) { [NameField] = item.Name };
        return fields;
    }

    private void Conflict(string file, ImportItem item, string field, string message)
    {
        _report.Conflicts++;
        _report.Findings.Add(new(file, item.IdentitySource, field == NameField ? "name" : field, FindingKind.Conflict, message));
    }

    private USyncContentNode? Read(string full, string path, string file, ImportItem item)
    {
        try
        {
            return USyncContentFile.Read(full) with { Path = path };
        }
        catch (USyncFormatException e)
        {
            _report.Findings.Add(new(file, item.IdentitySource, null, FindingKind.Skipped, $"The item's file {path} cannot be read ({e.Message}); it is left as it is and the record is not imported."));
            return null;
        }
    }

    private string NewPath(ContentItem item)
    {
        var name = UmbracoNames.SafeFileName(item.Name);
        var path = $"{USyncContentWriter.Folder}/{name}{USyncFile.Extension}";
        if (Taken(path))
        {
            path = $"{USyncContentWriter.Folder}/{name}_{item.Key:N}"[..(USyncContentWriter.Folder.Length + name.Length + 10)] + USyncFile.Extension;
        }

        if (Taken(path))
        {
            path = $"{USyncContentWriter.Folder}/{name}_{item.Key:N}{USyncFile.Extension}";
        }

        _folder.TakenPaths.Add(path);
        return path;
    }

    private bool Taken(string path) => _folder.TakenPaths.Contains(path) || File.Exists(Full(path));

    private void Write(string path, byte[] bytes)
    {
        if (_dryRun)
        {
            return;
        }

        var full = Full(path);
        var directory = Path.GetDirectoryName(full)!;
        if (_createdDirectories.Add(directory))
        {
            Directory.CreateDirectory(directory);
        }

        AtomicFile.Write(full, bytes);
    }

    private string Full(string relative) => Path.Combine(_folder.Root, relative);

    private static bool Equal(string? a, string? b) =>
        string.IsNullOrWhiteSpace(a) ? string.IsNullOrWhiteSpace(b) : string.Equals(a, b, StringComparison.Ordinal);

    private static bool Same(IReadOnlyDictionary<string, ulong> a, IReadOnlyDictionary<string, ulong> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && other == pair.Value);

    private static bool SameEntry(ImportedEntry a, ImportedEntry b) =>
        a.Key == b.Key && a.RelativePath == b.RelativePath && a.ParentKey == b.ParentKey && a.SortOrder == b.SortOrder
        && a.Length == b.Length && a.WriteTicks == b.WriteTicks && Same(a.Fields, b.Fields) && a.Conflicts.SequenceEqual(b.Conflicts)
        && a.InputFingerprint == b.InputFingerprint;

    private static ContentItem ToItem(USyncContentNode node) =>
        new(node.Key, node.ContentType, node.Name, node.ParentKey, node.SortOrder, 0, node.CreateDate, node.CreateDate, string.Empty, node.Values);
}
