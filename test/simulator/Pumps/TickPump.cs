using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using RxHub.Simulator.Contracts;
using RxHub.Simulator.Hubs;
using RxHub.Simulator.Market;
using RxHub.Simulator.State;

namespace RxHub.Simulator.Pumps;

/// <summary>
/// Every TickIntervalMs (changeable at run time), one tick per subscribed symbol: only symbols someone subscribed to
/// (by SubscribeToTicks or SubscribeToAllTicks) are priced, so a thousand symbols cost nothing until used.
/// <list type="bullet">
/// <item><c>single</c>: OnTick per tick, to the symbol's group (minus the platform's all-ticks subscribers) and to the all-ticks group;</item>
/// <item><c>batch</c>: one OnTicks per connection with all its ticks of the interval;</item>
/// <item><c>mixed</c>: single and batch on alternate intervals.</item>
/// </list>
/// Every tick also feeds the server-side candles of <see cref="OhlcPump"/>.
/// </summary>
public sealed class TickPump(
    IHubContext<Mt4Hub> hub,
    ConnectionRegistry registry,
    RuntimeSettings settings,
    SymbolCatalog catalog,
    TickSource source,
    OhlcAggregator ohlc,
    IOptions<SimulatorOptions> options,
    ILogger<TickPump> logger) : BackgroundService
{
    private readonly IReadOnlyList<string> _platforms = options.Value.PlatformList;
    private readonly int _ohlcIntervalMs = Math.Max(1, options.Value.OhlcIntervalMs);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (long round = 0; !stoppingToken.IsCancellationRequested; round++)
        {
            try
            {
                await Task.Delay(settings.TickIntervalMs, stoppingToken);
                var batch = settings.TickMode switch { "batch" => true, "mixed" => round % 2 == 1, _ => false };
                foreach (var platform in _platforms) Pump(platform, batch, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "tick pump round failed");
            }
        }
    }

    private void Pump(string platform, bool batch, CancellationToken ct)
    {
        var subscribers = registry
            .All(HubNames.Mt4)
            .Select(c => (Connection: c, Symbols: c.TickSymbols(platform)))
            .Where(s => s.Symbols is null || s.Symbols.Count > 0)
            .ToList();
        if (subscribers.Count == 0) return;

        var wanted = subscribers.Any(s => s.Symbols is null)
            ? catalog.Names
            : subscribers.SelectMany(s => s.Symbols!).Distinct().ToList();
        var now = DateTime.UtcNow;
        var windowOpen = DateTime.UnixEpoch.AddMilliseconds((long)(now - DateTime.UnixEpoch).TotalMilliseconds / _ohlcIntervalMs * _ohlcIntervalMs);
        var ticks = new Dictionary<string, IReadOnlyList<Tick>>(wanted.Count);
        foreach (var symbol in wanted)
        {
            var next = source.Next(platform, symbol, now);
            if (next.Count == 0) continue;
            ticks[symbol] = next;
            foreach (var tick in next) ohlc.Add(platform, tick, windowOpen);
        }
        if (ticks.Count == 0) return;

        if (batch) SendBatches(platform, subscribers, ticks, ct);
        else SendSingles(platform, subscribers, ticks, ct);
    }

    private void SendSingles(
        string platform,
        List<(ConnectionState Connection, IReadOnlyCollection<string>? Symbols)> subscribers,
        Dictionary<string, IReadOnlyList<Tick>> ticks,
        CancellationToken ct)
    {
        var allTicks = subscribers.Where(s => s.Symbols is null).Select(s => s.Connection.Id).ToList();
        foreach (var (symbol, list) in ticks)
        {
            foreach (var tick in list)
            {
                var args = new TickArgs { TradePlatform = platform, Tick = tick };
                Sends.Start(hub.Clients.GroupExcept(GroupNames.Ticks(platform, symbol), allTicks), "OnTick", args, logger, ct);
                if (allTicks.Count > 0) Sends.Start(hub.Clients.Group(GroupNames.AllTicks(platform)), "OnTick", args, logger, ct);
            }
        }
    }

    private void SendBatches(
        string platform,
        List<(ConnectionState Connection, IReadOnlyCollection<string>? Symbols)> subscribers,
        Dictionary<string, IReadOnlyList<Tick>> ticks,
        CancellationToken ct)
    {
        foreach (var (connection, symbols) in subscribers)
        {
            var mine = (symbols ?? (IReadOnlyCollection<string>)ticks.Keys)
                .Where(ticks.ContainsKey)
                .SelectMany(s => ticks[s])
                .Select(t => new TickArgs { TradePlatform = platform, Tick = t })
                .ToArray();
            if (mine.Length == 0) continue;
            Sends.Start(hub.Clients.Client(connection.Id), "OnTicks", new TicksArgs { TradePlatform = platform, Ticks = mine }, logger, ct);
        }
    }
}
