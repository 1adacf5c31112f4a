using System.Buffers;
using System.IO.Pipelines;

namespace RxHub.Simulator.Transport;

/// <summary>A connection's outgoing bytes: flushed while the gate is open, held back while it is stalled.</summary>
public sealed class GatedPipeWriter(PipeWriter inner, Gate gate) : PipeWriter
{
    private TaskCompletionSource? _canceled;

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
        if (Volatile.Read(ref _canceled)?.TrySetResult() == true) return;
        inner.CancelPendingFlush();
    }

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    private async ValueTask<FlushResult> FlushStalled(CancellationToken cancellationToken)
    {
        var canceled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _canceled, canceled);
        try
        {
            var first = await Task.WhenAny(gate.WaitAsync(cancellationToken), canceled.Task);
            if (first == canceled.Task) return new FlushResult(isCanceled: true, isCompleted: false);
        }
        finally
        {
            Volatile.Write(ref _canceled, null);
        }
        return await inner.FlushAsync(cancellationToken);
    }
}
