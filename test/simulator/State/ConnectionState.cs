using Microsoft.AspNetCore.SignalR;

namespace RxHub.Simulator.State;

/// <summary>What the simulator knows about one hub connection. Its collections are guarded by one private lock.</summary>
public sealed class ConnectionState(string hub, HubCallerContext context)
{
    private readonly object _gate = new();
    private readonly HashSet<string> _platforms = [];
    private readonly HashSet<string> _groups = [];
    private readonly Dictionary<string, int> _subscriptions = [];
    private readonly Dictionary<string, int> _streams = [];

    public string Id => Context.ConnectionId;
    public string Hub { get; } = hub;
    public HubCallerContext Context { get; } = context;
    public string? ClientId { get; } = context.User?.Identity?.Name;
    public DateTime ConnectedAt { get; } = DateTime.UtcNow;

    public bool IsConnectedTo(string platform)
    {
        lock (_gate) return _platforms.Contains(platform);
    }

    public void AddPlatform(string platform)
    {
        lock (_gate) _platforms.Add(platform);
    }

    /// <summary>Adds (delta 1) or removes (delta -1) a subscribe call; the count is calls minus uncalls.</summary>
    public int CountSubscription(string key, int delta)
    {
        lock (_gate)
        {
            var n = _subscriptions.GetValueOrDefault(key) + delta;
            if (n == 0) _subscriptions.Remove(key);
            else _subscriptions[key] = n;
            return n;
        }
    }

    public void SetGroup(string group, bool member)
    {
        lock (_gate)
        {
            if (member) _groups.Add(group);
            else _groups.Remove(group);
        }
    }

    public bool InGroup(string group)
    {
        lock (_gate) return _groups.Contains(group);
    }

    public void CountStream(string method, int delta)
    {
        lock (_gate)
        {
            var n = _streams.GetValueOrDefault(method) + delta;
            if (n <= 0) _streams.Remove(method);
            else _streams[method] = n;
        }
    }

    /// <summary>Symbols this connection receives ticks for on a platform; null means all of them.</summary>
    public IReadOnlyCollection<string>? TickSymbols(string platform)
    {
        lock (_gate)
        {
            if (_groups.Contains(GroupNames.AllTicks(platform))) return null;
            var prefix = $"ticks:{platform}:";
            return _groups.Where(g => g.StartsWith(prefix, StringComparison.Ordinal)).Select(g => g[prefix.Length..]).ToList();
        }
    }

    public ConnectionSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new ConnectionSnapshot(
                Id,
                Hub,
                ClientId,
                ConnectedAt,
                _platforms.Order().ToList(),
                new SortedDictionary<string, int>(_subscriptions),
                _groups.Order().ToList(),
                new SortedDictionary<string, int>(_streams));
        }
    }
}
