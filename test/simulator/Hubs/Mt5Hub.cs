using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using RxHub.Simulator.Contracts;
using RxHub.Simulator.State;

namespace RxHub.Simulator.Hubs;

/// <summary>
/// /hubs/mt5/v1 (bearer token required): Connect, then OnMT5ConnectionStatus(tradePlatform, connected) with two
/// positional arguments, as the contract's MT5 callback has.
/// </summary>
public sealed class Mt5Hub(IOptions<SimulatorOptions> options, ConnectionRegistry registry, IHubContext<Mt5Hub> hubContext) : Hub
{
    public async Task<bool> Connect(ConnectArgs2 args)
    {
        var platform = PlatformGuard.KnownPlatform(args?.TradePlatform, options.Value);
        var state = registry.Get(Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Platform(platform));
        state.SetGroup(GroupNames.Platform(platform), true);
        state.AddPlatform(platform);
        var client = hubContext.Clients.Client(Context.ConnectionId);
        _ = Task.Delay(10).ContinueWith(_ => client.SendAsync("OnMT5ConnectionStatus", platform, true), TaskScheduler.Default);
        return true;
    }
}
