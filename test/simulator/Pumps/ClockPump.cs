using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using RxHub.Simulator.Hubs;

namespace RxHub.Simulator.Pumps;

/// <summary>Sends OnClock(server time, UTC) to every Test hub client each ClockIntervalMs.</summary>
public sealed class ClockPump(IHubContext<TestHub> hub, IOptions<SimulatorOptions> options, ILogger<ClockPump> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(10, options.Value.ClockIntervalMs)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
            Sends.Start(hub.Clients.All, "OnClock", DateTime.UtcNow, logger, stoppingToken);
    }
}
