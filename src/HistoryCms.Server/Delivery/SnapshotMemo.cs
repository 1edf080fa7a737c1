using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server.Delivery;

/// <summary>
/// A value a filter works out once per snapshot (a filter belongs to one query, run on one thread). Keep it in a mutable
/// field and call <see cref="Get{TState}"/> on the field itself. The factory is meant to be a static lambda taking its
/// state as an argument, so that asking on every tested item allocates nothing.
/// </summary>
/// <typeparam name="T">The value.</typeparam>
internal struct SnapshotMemo<T>
{
    private ContentSnapshot? _snapshot;
    private T _value;

    /// <summary>The value for a snapshot, worked out on the first call for it.</summary>
    /// <typeparam name="TState">What the factory needs besides the snapshot.</typeparam>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="state">The factory's state.</param>
    /// <param name="factory">Works the value out.</param>
    /// <returns>The value.</returns>
    public T Get<TState>(ContentSnapshot snapshot, TState state, Func<ContentSnapshot, TState, T> factory)
    {
        if (!ReferenceEquals(_snapshot, snapshot))
        {
            _value = factory(snapshot, state);
            _snapshot = snapshot;
        }

        return _value;
    }
}
