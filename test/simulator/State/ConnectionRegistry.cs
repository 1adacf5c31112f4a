using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace RxHub.Simulator.State;

/// <summary>Every live hub connection, kept by <see cref="Hubs.SimulatorHubFilter"/>.</summary>
public sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<string, ConnectionState> _connections = new();

    public ConnectionState Add(string hub, HubCallerContext context) =>
        _connections.GetOrAdd(context.ConnectionId, _ => new ConnectionState(hub, context));

    public void Remove(string connectionId) => _connections.TryRemove(connectionId, out _);

    public ConnectionState Get(string connectionId) =>
        _connections.TryGetValue(connectionId, out var state)
            ? state
            : throw new HubException($"Unknown connection '{connectionId}'");

    public IReadOnlyList<ConnectionState> All(string? hub = null) =>
        _connections.Values.Where(c => hub is null || c.Hub == hub).ToList();

    /// <summary>Aborts every connection (of one hub, or of all); the client gets a Close without reconnect.</summary>
    public int AbortAll(string? hub = null)
    {
        var count = 0;
        foreach (var c in All(hub))
        {
            c.Context.Abort();
            count++;
        }
        return count;
    }
}
