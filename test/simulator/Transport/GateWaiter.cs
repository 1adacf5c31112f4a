namespace RxHub.Simulator.Transport;

/// <summary>One side's wait on a stalled gate, which Kestrel may end early (CancelPendingRead, CancelPendingFlush).</summary>
public sealed class GateWaiter(Gate gate)
{
    private TaskCompletionSource? _canceled;

    /// <summary>True once the gate is open; false when <see cref="Cancel"/> ended the wait first.</summary>
    public async Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        var canceled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _canceled, canceled);
        try
        {
            return await Task.WhenAny(gate.WaitAsync(cancellationToken), canceled.Task) != canceled.Task;
        }
        finally
        {
            Volatile.Write(ref _canceled, null);
        }
    }

    /// <summary>Ends the wait under way; false when there is none.</summary>
    public bool Cancel() => Volatile.Read(ref _canceled)?.TrySetResult() == true;
}
