using System.IO.Pipelines;

namespace RxHub.Simulator.Transport;

/// <summary>A connection's incoming bytes: passed through while the gate is open, left unread while it is stalled.</summary>
public sealed class GatedPipeReader(PipeReader inner, Gate gate) : PipeReader
{
    private TaskCompletionSource? _canceled;

    public override ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default) =>
        gate.IsOpen ? inner.ReadAsync(cancellationToken) : ReadStalled(cancellationToken);

    public override bool TryRead(out ReadResult result)
    {
        if (gate.IsOpen) return inner.TryRead(out result);
        result = default;
        return false;
    }

    public override void AdvanceTo(SequencePosition consumed) => inner.AdvanceTo(consumed);

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined) => inner.AdvanceTo(consumed, examined);

    /// <summary>Kestrel cancels a read to abort or shut down: a read waiting on the gate ends as canceled.</summary>
    public override void CancelPendingRead()
    {
        if (Volatile.Read(ref _canceled)?.TrySetResult() == true) return;
        inner.CancelPendingRead();
    }

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    private async ValueTask<ReadResult> ReadStalled(CancellationToken cancellationToken)
    {
        var canceled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _canceled, canceled);
        try
        {
            var first = await Task.WhenAny(gate.WaitAsync(cancellationToken), canceled.Task);
            if (first == canceled.Task) return new ReadResult(default, isCanceled: true, isCompleted: false);
        }
        finally
        {
            Volatile.Write(ref _canceled, null);
        }
        return await inner.ReadAsync(cancellationToken);
    }
}
