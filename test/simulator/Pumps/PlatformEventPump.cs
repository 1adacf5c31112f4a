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
            new("OnMarginUpdate", o.MarginIntervalMs, (platform, _, now) => (GroupNames.Platform(platform),
                new Contracts.MarginUpdateArgs { TradePlatform = platform, Margins = margins.Levels(platform, now).ToArray() })),
            new("OnSymbolUpdate", o.SymbolUpdateIntervalMs, (platform, n, now) => (GroupNames.Symbols(platform), payloads.SymbolUpdate(platform, n, now))),
            new("OnOnlineUpdate", o.OnlineIntervalMs, (platform, n, _) => (GroupNames.Online(platform), payloads.Online(platform, n))),
            new("OnDebug", o.DebugIntervalMs, (platform, n, now) => (GroupNames.Platform(platform), payloads.Debug(platform, n, now))),
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
                    foreach (var platform in o.PlatformList)
                    {
                        var (group, payload) = schedule.Payload(platform, n, now);
                        Sends.Start(hub.Clients.Group(group), schedule.Method, payload, logger, stoppingToken);
                    }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "platform event pump failed");
                }
            }
        }
    }

    private sealed class Schedule(string method, int intervalMs, Func<string, int, DateTime, (string Group, object Payload)> payload)
    {
        public string Method { get; } = method;
        public int IntervalMs { get; } = intervalMs;
        public Func<string, int, DateTime, (string Group, object Payload)> Payload { get; } = payload;
        public DateTime Due { get; set; } = DateTime.UtcNow.AddMilliseconds(intervalMs);
        public int Count { get; set; }
    }
}
