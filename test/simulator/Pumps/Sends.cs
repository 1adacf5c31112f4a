using Microsoft.AspNetCore.SignalR;

namespace RxHub.Simulator.Pumps;

/// <summary>
/// How the pumps send: started, not awaited. A send completes only when every receiving connection's socket took the
/// bytes, so a pump that awaited it would let one connection that reads nothing (stalled, or gone but kept for a
/// stateful reconnect until it times out) hold up every other connection's events. Each connection still gets its
/// messages in the order they were started: its writes queue first-in, first-out behind its write lock.
/// </summary>
public static class Sends
{
    /// <summary>
    /// Starts sending <paramref name="method"/>(<paramref name="arg"/>) to <paramref name="clients"/> and lets it run
    /// on its own; logs it if it fails, unless the server is stopping.
    /// </summary>
    public static void Start(IClientProxy clients, string method, object? arg, ILogger logger, CancellationToken stopping) =>
        clients.SendAsync(method, arg, stopping).ContinueWith(
            failed =>
            {
                if (!stopping.IsCancellationRequested) logger.LogWarning(failed.Exception, "sending {Method} failed", method);
            },
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
}
