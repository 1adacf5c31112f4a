using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using RxHub.Simulator.Contracts;
using RxHub.Simulator.Hubs;
using RxHub.Simulator.Market;
using RxHub.Simulator.State;

namespace RxHub.Simulator.Pumps;

/// <summary>
/// Each OhlcIntervalMs, sends every tick subscriber one OnTicksOHLC with the candles of its symbols that ticked in the
/// window just closed.
/// </summary>
public sealed class OhlcPump(
    IHubContext<Mt4Hub> hub,
    ConnectionRegistry registry,
    OhlcAggregator ohlc,
    IOptions<SimulatorOptions> options,
    ILogger<OhlcPump> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(10, options.Value.OhlcIntervalMs)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var platform in options.Value.PlatformList) Send(platform, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "OHLC pump round failed");
            }
        }
    }

    private void Send(string platform, CancellationToken ct)
    {
        var candles = ohlc.Drain(platform);
        if (candles.Count == 0) return;
        foreach (var connection in registry.All(HubNames.Mt4))
        {
            var symbols = connection.TickSymbols(platform);
            var mine = symbols is null ? candles.Values.ToArray() : symbols.Where(candles.ContainsKey).Select(s => candles[s]).ToArray();
            if (mine.Length == 0) continue;
            Sends.Start(hub.Clients.Client(connection.Id), "OnTicksOHLC", new TicksOHLCArgs { TradePlatform = platform, Ticks = mine }, logger, ct);
        }
    }
}
