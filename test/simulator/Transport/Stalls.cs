using System.Collections.Concurrent;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace RxHub.Simulator.Transport;

/// <summary>
/// The gate of every TCP connection, by Kestrel's connection id. Stalling one stops its bytes both ways without
/// closing it: no messages, no keep-alives, and the client's own messages and close are left unread, as with a
/// peer that hangs or a network path that silently drops packets. Only the client's server timeout notices.
/// </summary>
public sealed class Stalls
{
    private readonly ConcurrentDictionary<string, Gate> _gates = new();

    /// <summary>Stalls a connection; false if there is no such connection.</summary>
    public bool Stall(string transportId)
    {
        if (!_gates.TryGetValue(transportId, out var gate)) return false;
        gate.Stall();
        return true;
    }

    /// <summary>Lets every stalled connection go on; its held bytes flow (a client that gave up then closes it).</summary>
    public int ReleaseAll() => _gates.Values.Count(gate => gate.Release());

    public IReadOnlyList<string> Stalled() => _gates.Where(g => !g.Value.IsOpen).Select(g => g.Key).Order().ToList();

    /// <summary>Kestrel connection middleware: puts a gate between the socket and HTTP, open until stalled.</summary>
    public static void Install(ListenOptions listen) =>
        listen.Use(next => async connection =>
        {
            var stalls = listen.ApplicationServices.GetRequiredService<Stalls>();
            var gate = stalls._gates[connection.ConnectionId] = new Gate();
            var transport = connection.Transport;
            connection.Transport = new GatedPipe(new GatedPipeReader(transport.Input, gate), new GatedPipeWriter(transport.Output, gate));
            // A closed socket is not stalled any more: what waited on the gate runs into the closed socket and ends.
            using var closed = connection.ConnectionClosed.Register(() => gate.Release());
            try
            {
                await next(connection);
            }
            finally
            {
                _ = stalls._gates.TryRemove(connection.ConnectionId, out _);
                gate.Release();
            }
        });

    private sealed record GatedPipe(PipeReader Input, PipeWriter Output) : IDuplexPipe;
}
