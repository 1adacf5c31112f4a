using System.Buffers;
using System.IO.Pipelines;

namespace RxHub.Simulator.Transport;

/// <summary>A connection's outgoing bytes: flushed while the gate is open, held back while it is stalled.</summary>
public sealed class GatedPipeWriter(PipeWriter inner, Gate gate) : PipeWriter
{
    private readonly GateWaiter _waiter = new(gate);

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes;

    public override void Advance(int bytes) => inner.Advance(bytes);

    public override Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) =>
        gate.IsOpen ? inner.FlushAsync(cancellationToken) : FlushStalled(cancellationToken);

    public override ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
    {
        if (gate.IsOpen) return inner.WriteAsync(source, cancellationToken);
        inner.Write(source.Span);
        return FlushStalled(cancellationToken);
    }

    public override void CancelPendingFlush()
    {
        if (!_waiter.Cancel()) inner.CancelPendingFlush();
    }

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    private async ValueTask<FlushResult> FlushStalled(CancellationToken cancellationToken) =>
        await _waiter.WaitAsync(cancellationToken)
            ? await inner.FlushAsync(cancellationToken)
            : new FlushResult(isCanceled: true, isCompleted: false);
}
