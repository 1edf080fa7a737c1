using System.Data;
using NSubstitute;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Scoping;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// A stand-in for Umbraco's database scope provider (its implementation lives in Umbraco.Infrastructure, which can't be
/// restored): it records what a scope does — the locks it takes, whether it was completed, when it was disposed — in
/// one ordered list, and can play another server that commits while this one waits for a lock.
/// </summary>
internal sealed class RecordingScopeProvider
{
    public RecordingScopeProvider()
    {
        Provider.CreateCoreScope(
                Arg.Any<IsolationLevel>(),
                Arg.Any<RepositoryCacheMode>(),
                Arg.Any<IEventDispatcher?>(),
                Arg.Any<IScopedNotificationPublisher?>(),
                Arg.Any<bool?>(),
                Arg.Any<bool>(),
                Arg.Any<bool>())
            .Returns(_ => NewScope());
    }

    public ICoreScopeProvider Provider { get; } = Substitute.For<ICoreScopeProvider>();

    /// <summary>What the scopes did, in order: <c>scope</c>, <c>write lock -339</c>, <c>complete</c>, <c>dispose</c>, and what a test adds.</summary>
    public List<string> Events { get; } = [];

    /// <summary>Runs when a write lock is requested, before it is granted: what another server committed meanwhile.</summary>
    public Action<int>? WhileWaitingForLock { get; set; }

    private ICoreScope NewScope()
    {
        Events.Add("scope");
        ICoreScope scope = Substitute.For<ICoreScope>();
        scope.When(s => s.WriteLock(Arg.Any<int[]>())).Do(call =>
        {
            foreach (int lockId in call.Arg<int[]>())
            {
                WhileWaitingForLock?.Invoke(lockId);
                Events.Add($"write lock {lockId}");
            }
        });
        scope.Complete().Returns(_ =>
        {
            Events.Add("complete");
            return true;
        });
        scope.When(s => s.Dispose()).Do(_ => Events.Add("dispose"));
        return scope;
    }
}
