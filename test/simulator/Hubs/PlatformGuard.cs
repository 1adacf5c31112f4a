using Microsoft.AspNetCore.SignalR;
using RxHub.Simulator.Market;
using RxHub.Simulator.State;

namespace RxHub.Simulator.Hubs;

/// <summary>The checks every trade-platform method makes, with the messages clients see in their HubException.</summary>
public static class PlatformGuard
{
    public static string KnownPlatform(string? platform, SimulatorOptions options)
    {
        if (string.IsNullOrWhiteSpace(platform)) throw new HubException("tradePlatform is required");
        if (!options.PlatformList.Contains(platform))
            throw new HubException($"Unknown trade platform '{platform}': known are {string.Join(", ", options.PlatformList)}");
        return platform;
    }

    public static string Connected(ConnectionState state, string? platform)
    {
        if (string.IsNullOrWhiteSpace(platform)) throw new HubException("tradePlatform is required");
        if (!state.IsConnectedTo(platform))
            throw new HubException($"Not connected to trade platform '{platform}': call Connect first");
        return platform;
    }

    public static string KnownSymbol(SymbolCatalog catalog, string platform, string? symbol)
    {
        if (string.IsNullOrWhiteSpace(symbol)) throw new HubException("symbol is required");
        if (!catalog.Contains(symbol)) throw new HubException($"Unknown symbol '{symbol}' on trade platform '{platform}'");
        return symbol;
    }
}
