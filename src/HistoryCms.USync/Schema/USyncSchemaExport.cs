using HistoryCms.USync.Naming;

namespace HistoryCms.USync.Schema;

/// <summary>
/// Writes a content model as uSync 14+ schema files (<c>DataTypes</c>, <c>ContentTypes</c>, <c>RelationTypes</c> below
/// <c>uSync/v17</c>) and compares committed files with them. The output is deterministic: no dates, fixed ordering.
/// </summary>
/// <param name="model">The model to write.</param>
public sealed class USyncSchemaExport(SchemaModel model)
{
    /// <summary>The folders (below the uSync folder) this export owns.</summary>
    public static IReadOnlyList<string> Folders { get; } = ["ContentTypes", "DataTypes", "RelationTypes"];

    /// <summary>The export of the package's own model.</summary>
    public static USyncSchemaExport History { get; } = new(SchemaModel.History);

    /// <summary>Every schema file, ordered by path.</summary>
    /// <returns>The files, paths relative to the uSync folder (e.g. <c>uSync/v17</c>).</returns>
    public IReadOnlyList<USyncFile> Files()
    {
        ArgumentNullException.ThrowIfNull(model);
        var files = new List<USyncFile>();
        files.AddRange(model.DataTypes.Select(d =>
            USyncFile.From($"DataTypes/{UmbracoNames.SafeAlias(d.Name)}{USyncFile.Extension}", DataTypeXml.Write(d))));
        files.AddRange(model.ContentTypes.Select(t =>
            USyncFile.From($"ContentTypes/{UmbracoNames.SafeFileName(t.Alias)}{USyncFile.Extension}", ContentTypeXml.Write(t, model))));
        files.AddRange(model.RelationTypes.Select(r =>
            USyncFile.From($"RelationTypes/{UmbracoNames.SafeAlias(r.Alias)}{USyncFile.Extension}", RelationTypeXml.Write(r))));

        var clash = files.GroupBy(f => f.RelativePath, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException($"Two schema items would be written to {clash.Key}; give them names that differ.");
        }

        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>Writes every schema file below <paramref name="uSyncFolder"/> and removes the stale ones in the folders it owns.</summary>
    /// <param name="uSyncFolder">The uSync folder, e.g. <c>&lt;repo&gt;/uSync/v17</c>.</param>
    /// <returns>What changed (empty when the files were current).</returns>
    public IReadOnlyList<SchemaDifference> WriteTo(string uSyncFolder)
    {
        var differences = Compare(uSyncFolder);
        var files = Files().ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        foreach (var difference in differences)
        {
            var path = Path.Combine(uSyncFolder, difference.RelativePath);
            if (difference.Kind == SchemaDifferenceKind.Unexpected)
            {
                File.Delete(path);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, files[difference.RelativePath].Bytes);
        }

        return differences;
    }

    /// <summary>Compares the files below <paramref name="uSyncFolder"/> with what the model generates, byte for byte.</summary>
    /// <param name="uSyncFolder">The uSync folder, e.g. <c>&lt;repo&gt;/uSync/v17</c>.</param>
    /// <returns>Every file that is missing, differs, or should not be there; empty when the files are current.</returns>
    public IReadOnlyList<SchemaDifference> Compare(string uSyncFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uSyncFolder);
        var expected = Files();
        var differences = new List<SchemaDifference>();
        foreach (var file in expected)
        {
            var path = Path.Combine(uSyncFolder, file.RelativePath);
            if (!File.Exists(path))
            {
                differences.Add(new(file.RelativePath, SchemaDifferenceKind.Missing));
            }
            else if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(file.Bytes))
            {
                differences.Add(new(file.RelativePath, SchemaDifferenceKind.Different));
            }
        }

        var known = expected.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in Folders)
        {
            var directory = Path.Combine(uSyncFolder, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            differences.AddRange(Directory.EnumerateFiles(directory, "*" + USyncFile.Extension, SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(uSyncFolder, p).Replace('\\', '/'))
                .Where(p => !known.Contains(p))
                .Order(StringComparer.Ordinal)
                .Select(p => new SchemaDifference(p, SchemaDifferenceKind.Unexpected)));
        }

        return differences;
    }
}

/// <summary>How a committed schema file differs from the generated one.</summary>
public enum SchemaDifferenceKind
{
    /// <summary>The model generates it but it is not there.</summary>
    Missing,

    /// <summary>It is there but its bytes differ.</summary>
    Different,

    /// <summary>It is there but the model does not generate it.</summary>
    Unexpected,
}

/// <summary>A committed schema file that differs from what the model generates.</summary>
/// <param name="RelativePath">Its path below the uSync folder.</param>
/// <param name="Kind">How it differs.</param>
public sealed record SchemaDifference(string RelativePath, SchemaDifferenceKind Kind)
{
    /// <summary>One line for a person, e.g. <c>ContentTypes/historyblogpost.config: differs from the model</c>.</summary>
    public override string ToString() => Kind switch
    {
        SchemaDifferenceKind.Missing => $"{RelativePath}: missing (the model generates it)",
        SchemaDifferenceKind.Different => $"{RelativePath}: differs from the model",
        _ => $"{RelativePath}: not generated by the model (stale)",
    };
}
