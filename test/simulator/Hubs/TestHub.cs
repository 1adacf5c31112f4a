using Microsoft.AspNetCore.SignalR;

namespace RxHub.Simulator.Hubs;

/// <summary>/hubs/test/v1, no authentication: Ping → Pong to the caller, GetServerTime, and OnClock to everyone (<see cref="Pumps.ClockPump"/>).</summary>
public sealed class TestHub : Hub
{
    public Task Ping(string message) => Clients.Caller.SendAsync("Pong", message);

    public DateTime GetServerTime() => DateTime.UtcNow;
}
