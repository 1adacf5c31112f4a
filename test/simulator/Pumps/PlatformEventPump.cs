using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using RxHub.Simulator.Hubs;
using RxHub.Simulator.Market;

namespace RxHub.Simulator.Pumps;

/// <summary>
/// The MT4 hub's slower events, per trade platform: OnMarginUpdate and OnDebug to the platform group (the contract has
/// no subscribe call for them), OnSymbolUpdate to symbol subscribers, OnOnlineUpdate to online subscribers.
/// </summary>
public sealed class PlatformEventPump(
    IHubContext<Mt4Hub> hub,
    MarginBook margins,
    PayloadFactory payloads,
    IOptions<SimulatorOptions> options,
    ILogger<PlatformEventPump> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var schedules = new List<Schedule>
        {
            new(o.MarginIntervalMs, async (platform, _, now, ct) =>
                await hub.Clients.Group(GroupNames.Platform(platform)).SendAsync(
                    "OnMarginUpdate",
                    new Contracts.MarginUpdateArgs { TradePlatform = platform, Margins = margins.Levels(platform, now).ToArray() },
                    ct)),
            new(o.SymbolUpdateIntervalMs, (platform, n, now, ct) =>
                hub.Clients.Group(GroupNames.Symbols(platform)).SendAsync("OnSymbolUpdate", payloads.SymbolUpdate(platform, n, now), ct)),
            new(o.OnlineIntervalMs, (platform, n, _, ct) =>
                hub.Clients.Group(GroupNames.Online(platform)).SendAsync("OnOnlineUpdate", payloads.Online(platform, n), ct)),
            new(o.DebugIntervalMs, (platform, n, now, ct) =>
                hub.Clients.Group(GroupNames.Platform(platform)).SendAsync("OnDebug", payloads.Debug(platform, n, now), ct)),
        };
        schedules.RemoveAll(s => s.IntervalMs <= 0);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = DateTime.UtcNow;
            foreach (var schedule in schedules)
            {
                if (now < schedule.Due) continue;
                schedule.Due = now.AddMilliseconds(schedule.IntervalMs);
                var n = schedule.Count++;
                try
                {
                    foreach (var platform in o.PlatformList) await schedule.Send(platform, n, now, stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "platform event pump failed");
                }
            }
        }
    }

    private sealed class Schedule(int intervalMs, Func<string, int, DateTime, CancellationToken, Task> send)
    {
        public int IntervalMs { get; } = intervalMs;
        public Func<string, int, DateTime, CancellationToken, Task> Send { get; } = send;
        public DateTime Due { get; set; } = DateTime.UtcNow.AddMilliseconds(intervalMs);
        public int Count { get; set; }
    }
}
