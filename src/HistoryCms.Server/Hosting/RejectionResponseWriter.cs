using System.Buffers;
using System.IO.Pipelines;

namespace HistoryCms.Server;

/// <summary>
/// The output of one connection, passed through to the transport unchanged except for one response: once
/// <see cref="Arm"/>ed (Kestrel has rejected a request and is about to write its header-only answer), the bytes written
/// up to the next flush (that answer's header block) are held back, given a problem+json body by
/// <see cref="RejectedRequestProblems.Rewrite"/> and then written. Until then each call is one forwarded call: nothing is
/// copied or scanned.
/// </summary>
/// <param name="transport">The connection's output.</param>
/// <param name="insideTls">Whether this writer sees plain text under TLS (TLS was negotiated before it was placed).</param>
internal sealed class RejectionResponseWriter(PipeWriter transport, bool insideTls) : PipeWriter
{
    private RejectedRequestProblems.Rejection? _armed;
    private ArrayBufferWriter<byte>? _held;

    /// <summary>Whether this writer sees the connection's plain text when TLS is used (see <see cref="RejectedRequestProblems"/>).</summary>
    public bool InsideTls => insideTls;

    /// <inheritdoc />
    public override bool CanGetUnflushedBytes => transport.CanGetUnflushedBytes;

    /// <inheritdoc />
    public override long UnflushedBytes => transport.UnflushedBytes + (_held?.WrittenCount ?? 0);

    /// <summary>Holds back the next response Kestrel writes, to give it the rejection's problem body.</summary>
    /// <param name="rejection">What was rejected.</param>
    public void Arm(RejectedRequestProblems.Rejection rejection) => Volatile.Write(ref _armed, rejection);

    /// <inheritdoc />
    public override void Advance(int bytes)
    {
        if (_held is null)
        {
            transport.Advance(bytes);
        }
        else
        {
            _held.Advance(bytes);
        }
    }

    /// <inheritdoc />
    public override Memory<byte> GetMemory(int sizeHint = 0) => Holding() is { } buffer ? buffer.GetMemory(sizeHint) : transport.GetMemory(sizeHint);

    /// <inheritdoc />
    public override Span<byte> GetSpan(int sizeHint = 0) => Holding() is { } buffer ? buffer.GetSpan(sizeHint) : transport.GetSpan(sizeHint);

    /// <inheritdoc />
    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        Release();
        return transport.FlushAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default) =>
        _held is null && Volatile.Read(ref _armed) is null ? transport.WriteAsync(source, cancellationToken) : base.WriteAsync(source, cancellationToken);

    /// <inheritdoc />
    public override void CancelPendingFlush() => transport.CancelPendingFlush();

    /// <inheritdoc />
    public override void Complete(Exception? exception = null)
    {
        Release();
        transport.Complete(exception);
    }

    /// <inheritdoc />
    public override ValueTask CompleteAsync(Exception? exception = null)
    {
        Release();
        return transport.CompleteAsync(exception);
    }

    private ArrayBufferWriter<byte>? Holding()
    {
        if (_held is null && Volatile.Read(ref _armed) is not null)
        {
            _held = new ArrayBufferWriter<byte>(512);
        }

        return _held;
    }

    private void Release()
    {
        if (_held is not { } buffer)
        {
            return;
        }

        var rejection = Volatile.Read(ref _armed)!;
        _held = null;
        Volatile.Write(ref _armed, null);
        if (RejectedRequestProblems.Rewrite(buffer.WrittenSpan, rejection) is { } response)
        {
            transport.Write(response);
        }
        else
        {
            transport.Write(buffer.WrittenSpan);
        }
    }
}
