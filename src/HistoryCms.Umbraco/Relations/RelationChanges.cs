namespace HistoryCms.Umbraco.Relations;

/// <summary>How many relations one pass of <see cref="HistoryRelationSync"/> added and removed.</summary>
/// <param name="Added">Relations created.</param>
/// <param name="Removed">Relations deleted.</param>
public readonly record struct RelationChanges(int Added, int Removed)
{
    /// <summary>Gets a value indicating whether anything was written.</summary>
    public bool Any => Added > 0 || Removed > 0;

    /// <summary>Adds up two passes.</summary>
    /// <param name="left">One pass.</param>
    /// <param name="right">Another pass.</param>
    /// <returns>The sum of both.</returns>
    public static RelationChanges operator +(RelationChanges left, RelationChanges right) =>
        new(left.Added + right.Added, left.Removed + right.Removed);

    /// <summary>Adds up two passes (the named form of <c>+</c>).</summary>
    /// <param name="other">Another pass.</param>
    /// <returns>The sum of both.</returns>
    public RelationChanges Add(RelationChanges other) => this + other;

    /// <inheritdoc />
    public override string ToString() => $"{Added} added, {Removed} removed";
}
