namespace HistoryCms.Umbraco.Schema;

/// <summary>What one run of the <see cref="HistorySchemaInstaller"/> did, in words a site administrator understands.</summary>
public sealed class SchemaInstallReport
{
    private readonly List<string> _created = [];
    private readonly List<string> _updated = [];
    private readonly List<string> _warnings = [];
    private readonly List<string> _failures = [];

    /// <summary>What was created, e.g. <c>document type 'historyBlogPost'</c>.</summary>
    public IReadOnlyList<string> Created => _created;

    /// <summary>What was added to existing items, e.g. <c>document type 'historyBlogPost': added property 'citations'</c>.</summary>
    public IReadOnlyList<string> Updated => _updated;

    /// <summary>Differences that were left alone on purpose (content is never lost), e.g. a property kept on another data type.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>What could not be installed, e.g. a data type whose property editor is missing.</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Gets a value indicating whether the run created or updated anything.</summary>
    public bool HasChanges => _created.Count > 0 || _updated.Count > 0;

    /// <summary>Gets a value indicating whether everything in the model is now installed.</summary>
    public bool Succeeded => _failures.Count == 0;

    /// <inheritdoc />
    public override string ToString() =>
        $"{_created.Count} created, {_updated.Count} updated, {_warnings.Count} warnings, {_failures.Count} failures";

    internal void AddCreated(string what) => _created.Add(what);

    internal void AddUpdated(string what) => _updated.Add(what);

    internal void AddWarning(string what) => _warnings.Add(what);

    internal void AddFailure(string what) => _failures.Add(what);
}
