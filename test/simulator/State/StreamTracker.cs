using System.Collections.Concurrent;

namespace RxHub.Simulator.State;

/// <summary>
/// Counts server-to-client streams per method, so a test can see a client's cancel reach the server, and lets an
/// admin complete active streams from the server side.
/// </summary>
public sealed class StreamTracker
{
    private readonly Dictionary<string, StreamCounter> _counters = [];
    private readonly ConcurrentDictionary<long, (string Method, string ConnectionId, CancellationTokenSource Complete)> _active = new();
    private long _next;

    /// <summary>Registers a started stream; the returned token fires when an admin asks to complete it.</summary>
    public (long Id, CancellationToken Complete) Start(string method, string connectionId)
    {
        var id = Interlocked.Increment(ref _next);
        var cts = new CancellationTokenSource();
        _active[id] = (method, connectionId, cts);
        Update(method, c => c with { Started = c.Started + 1, Active = c.Active + 1 });
        return (id, cts.Token);
    }

    public void End(long id, bool canceled)
    {
        if (!_active.TryRemove(id, out var entry)) return;
        entry.Complete.Dispose();
        Update(
            entry.Method,
            c => canceled
                ? c with { Active = c.Active - 1, Canceled = c.Canceled + 1 }
                : c with { Active = c.Active - 1, Completed = c.Completed + 1 });
    }

    /// <summary>Completes active streams (of one method, or all) normally, from the server side.</summary>
    public int CompleteAll(string? method = null)
    {
        var n = 0;
        foreach (var (_, entry) in _active)
        {
            if (method is not null && !string.Equals(entry.Method, method, StringComparison.OrdinalIgnoreCase)) continue;
            try
            {
                entry.Complete.Cancel();
                n++;
            }
            catch (ObjectDisposedException) { }
        }
        return n;
    }

    public IReadOnlyDictionary<string, StreamCounter> Counters()
    {
        lock (_counters) return new SortedDictionary<string, StreamCounter>(_counters);
    }

    public IReadOnlyList<object> Active() =>
        _active.OrderBy(kv => kv.Key).Select(kv => (object)new { id = kv.Key, method = kv.Value.Method, connectionId = kv.Value.ConnectionId }).ToList();

    /// <summary>Zeroes the counters, keeping the active streams counted as active.</summary>
    public void ResetCounters()
    {
        lock (_counters)
        {
            _counters.Clear();
            foreach (var group in _active.Values.GroupBy(a => a.Method))
                _counters[group.Key] = new StreamCounter(0, group.Count(), 0, 0);
        }
    }

    private void Update(string method, Func<StreamCounter, StreamCounter> change)
    {
        lock (_counters) _counters[method] = change(_counters.GetValueOrDefault(method) ?? new StreamCounter(0, 0, 0, 0));
    }
}
