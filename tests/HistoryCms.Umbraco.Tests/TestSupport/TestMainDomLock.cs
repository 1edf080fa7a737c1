using Umbraco.Cms.Core.Runtime;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// One application's MainDom lock as Umbraco's implementations behave (Infrastructure cannot be restored here):
/// src/Umbraco.Infrastructure/Runtime/FileSystemMainDomLock.cs@release/17.4.2 — <c>AcquireLockAsync</c> takes the lock when
/// it is free, else signals the holder to release it and tries again until the timeout; <c>ListenAsync</c> completes when
/// another process has asked for the lock, after letting it go (MainDom then runs its release callbacks); <c>Dispose</c>
/// lets the lock go and stops listening. SqlMainDomLock.cs does the same over a database row. Several instances over one
/// <see cref="Machine"/> are several processes of one site.
/// </summary>
internal sealed class TestMainDomLock(TestMainDomLock.Machine machine) : IMainDomLock
{
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<bool> AcquireLockAsync(int millisecondsTimeout)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(millisecondsTimeout);
        do
        {
            if (machine.TryTake(this))
            {
                return true;
            }

            machine.AskHolderToRelease();
            await Task.Delay(10);
        }
        while (DateTime.UtcNow < deadline);

        return false;
    }

    public Task ListenAsync() => _listening.Task;

    public void Dispose()
    {
        machine.Free(this);
        _listening.TrySetCanceled();
    }

    private void Released()
    {
        machine.Free(this);
        _listening.TrySetResult();
    }

    /// <summary>The lock file (or database row) the processes of one site share.</summary>
    internal sealed class Machine
    {
        private readonly Lock _gate = new();
        private TestMainDomLock? _holder;

        public bool TryTake(TestMainDomLock candidate)
        {
            lock (_gate)
            {
                if (_holder is not null && _holder != candidate)
                {
                    return false;
                }

                _holder = candidate;
                return true;
            }
        }

        public void AskHolderToRelease()
        {
            TestMainDomLock? current;
            lock (_gate)
            {
                current = _holder;
            }

            current?.Released();
        }

        public void Free(TestMainDomLock owner)
        {
            lock (_gate)
            {
                if (_holder == owner)
                {
                    _holder = null;
                }
            }
        }
    }
}
