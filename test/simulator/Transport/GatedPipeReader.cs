using System.IO.Pipelines;

namespace RxHub.Simulator.Transport;

/// <summary>A connection's incoming bytes: passed through while the gate is open, left unread while it is stalled.</summary>
public sealed class GatedPipeReader(PipeReader inner, Gate gate) : PipeReader
{
    private readonly GateWaiter _waiter = new(gate);

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
        if (!_waiter.Cancel()) inner.CancelPendingRead();
    }

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    private async ValueTask<ReadResult> ReadStalled(CancellationToken cancellationToken) =>
        await _waiter.WaitAsync(cancellationToken)
            ? await inner.ReadAsync(cancellationToken)
            : new ReadResult(default, isCanceled: true, isCompleted: false);
}
