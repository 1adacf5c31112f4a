namespace RxHub.Simulator.Transport;

/// <summary>Open, or stalled until released. Waiting on an open gate costs nothing, so every connection has one.</summary>
public sealed class Gate
{
    private TaskCompletionSource? _released;

    public bool IsOpen => Volatile.Read(ref _released) is null;

    public void Stall() =>
        Interlocked.CompareExchange(ref _released, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), null);

    /// <summary>Opens the gate; true if it was stalled.</summary>
    public bool Release() => Interlocked.Exchange(ref _released, null)?.TrySetResult() ?? false;

    public Task WaitAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _released) is { } released ? released.Task.WaitAsync(cancellationToken) : Task.CompletedTask;
}
