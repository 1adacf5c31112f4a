using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using RxHub.Simulator.Auth;
using RxHub.Simulator.Contracts;
using RxHub.Simulator.Market;
using RxHub.Simulator.State;
using RxHub.Simulator.Transport;

namespace RxHub.Simulator.Admin;

/// <summary>
/// The test-control endpoints under /admin (loopback only). JSON in and out; every endpoint is listed in README.md.
/// </summary>
public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").AddEndpointFilter<LoopbackOnlyFilter>();

        admin.MapGet("/info", (IOptions<SimulatorOptions> o, SymbolCatalog catalog, RuntimeSettings settings, TokenStore tokens, TickReplay replay) =>
            Results.Json(new
            {
                hubs = HubNames.All.ToDictionary(h => h, HubNames.Route),
                platforms = o.Value.PlatformList,
                symbolCount = catalog.All.Count,
                symbols = catalog.Names.Take(50),
                tickIntervalMs = settings.TickIntervalMs,
                tickMode = settings.TickMode,
                replayed = replay.Symbols,
                clients = tokens.ClientIds,
            }));

        admin.MapPost("/abort", (AbortRequest? body, ConnectionRegistry registry) =>
            Results.Json(new { aborted = registry.AbortAll(body?.Hub?.ToLowerInvariant()) }));

        admin.MapGet("/connections", (string? hub, ConnectionRegistry registry) =>
            Results.Json(registry.All(hub?.ToLowerInvariant()).Select(c => c.Snapshot()).OrderBy(c => c.ConnectedAt)));

        admin.MapGet("/calls", (string? connectionId, string? hub, CallLog calls) =>
            Results.Json(calls.Snapshot(connectionId, hub?.ToLowerInvariant())));

        admin.MapDelete("/calls", (CallLog calls) =>
        {
            calls.Clear();
            return Results.Json(new { cleared = true });
        });

        admin.MapPost("/inject", async (InjectRequest body, HubClientsResolver hubs) =>
        {
            var clients = hubs.For(body.Hub);
            if (clients is null) return BadRequest($"unknown hub '{body.Hub}': use test, mt4, mt5 or chat");
            if (string.IsNullOrWhiteSpace(body.Event)) return BadRequest("event is required");
            var target = body.ConnectionId is null ? clients.All : clients.Client(body.ConnectionId);
            var sent = 0;
            if (body.Args is not null)
            {
                await target.SendCoreAsync(body.Event, body.Args.Cast<object?>().ToArray());
                sent++;
            }
            foreach (var payload in body.Payloads ?? (body.Payload is { } p ? [p] : []))
            {
                await target.SendCoreAsync(body.Event, [payload]);
                sent++;
            }
            return sent == 0 ? BadRequest("give payload, payloads or args") : Results.Json(new { sent });
        });

        admin.MapPost("/fail", (FailRequest body, FailRules rules) =>
        {
            if (string.IsNullOrWhiteSpace(body.Method)) return BadRequest("method is required");
            var rule = new FailRule(body.Hub?.ToLowerInvariant(), body.Method, body.Message ?? $"Simulated failure of {body.Method}", body.Count);
            rules.Add(rule);
            return Results.Json(rule);
        });
        admin.MapGet("/fail", (FailRules rules) => Results.Json(rules.Snapshot()));
        admin.MapDelete("/fail", (FailRules rules) =>
        {
            rules.Clear();
            return Results.Json(new { cleared = true });
        });

        admin.MapPost("/delay", (DelayRequest body, DelayRules rules) =>
        {
            if (string.IsNullOrWhiteSpace(body.Method)) return BadRequest("method is required");
            if (body.DelayMs < 0) return BadRequest("delayMs must not be negative");
            var rule = new DelayRule(body.Hub?.ToLowerInvariant(), body.Method, body.DelayMs, body.Count);
            rules.Add(rule);
            return Results.Json(rule);
        });
        admin.MapGet("/delay", (DelayRules rules) => Results.Json(rules.Snapshot()));
        admin.MapDelete("/delay", (DelayRules rules) =>
        {
            rules.Clear();
            return Results.Json(new { cleared = true });
        });

        admin.MapPost("/tokens/expire", (TokenStore tokens) => Results.Json(new { expired = tokens.ExpireAll() }));

        admin.MapPost("/clients/revoke", (RevokeRequest body, TokenStore tokens) =>
            Results.Json(new { revoked = body.ClientId, known = tokens.Revoke(body.ClientId) }));

        admin.MapGet("/tick-rate", (RuntimeSettings settings) =>
            Results.Json(new { intervalMs = settings.TickIntervalMs, mode = settings.TickMode }));
        admin.MapPost("/tick-rate", (TickRateRequest body, RuntimeSettings settings) =>
        {
            if (body.Mode is not null && !RuntimeSettings.IsValidMode(body.Mode.ToLowerInvariant()))
                return BadRequest($"unknown tick mode '{body.Mode}': use single, batch or mixed");
            if (body.IntervalMs is <= 0) return BadRequest("intervalMs must be positive");
            if (body.IntervalMs is { } ms) settings.TickIntervalMs = ms;
            if (body.Mode is not null) settings.TickMode = body.Mode;
            return Results.Json(new { intervalMs = settings.TickIntervalMs, mode = settings.TickMode });
        });

        admin.MapPost("/burst", async (BurstRequest body, IHubContext<Hubs.Mt4Hub> hub, SymbolCatalog catalog, PriceBook prices, IOptions<SimulatorOptions> o) =>
        {
            if (!o.Value.PlatformList.Contains(body.Platform)) return BadRequest($"unknown trade platform '{body.Platform}'");
            if (!catalog.Contains(body.Symbol)) return BadRequest($"unknown symbol '{body.Symbol}'");
            if (body.Count <= 0) return BadRequest("count must be positive");
            var group = hub.Clients.Group(GroupNames.Ticks(body.Platform, body.Symbol));
            var batchSize = Math.Max(1, body.BatchSize ?? 1);
            var ticks = Enumerable.Range(0, body.Count)
                .Select(_ => new TickArgs { TradePlatform = body.Platform, Tick = prices.Next(body.Platform, body.Symbol, DateTime.UtcNow).ToTick() })
                .ToArray();
            var stopwatch = Stopwatch.StartNew();
            if (body.BatchSize is null)
                foreach (var tick in ticks) await group.SendAsync("OnTick", tick);
            else
                foreach (var chunk in ticks.Chunk(batchSize))
                    await group.SendAsync("OnTicks", new TicksArgs { TradePlatform = body.Platform, Ticks = chunk });
            stopwatch.Stop();
            return Results.Json(new { count = body.Count, messages = body.BatchSize is null ? body.Count : (body.Count + batchSize - 1) / batchSize, elapsedMs = stopwatch.Elapsed.TotalMilliseconds });
        });

        admin.MapPost("/replay", (ReplayRequest? body, TickReplay replay) =>
        {
            if (replay.Symbols.Count == 0) return BadRequest("nothing to replay: start the simulator with Simulator:ReplayCsv");
            if (body?.OffsetMs is < 0) return BadRequest("offsetMs must not be negative");
            var offsetMs = body?.OffsetMs ?? 0;
            replay.Rewind(offsetMs, DateTime.UtcNow);
            return Results.Json(new { offsetMs });
        });

        admin.MapGet("/streams", (StreamTracker streams) =>
            Results.Json(new { counters = streams.Counters(), active = streams.Active() }));
        admin.MapPost("/streams/complete", (CompleteStreamsRequest? body, StreamTracker streams) =>
            Results.Json(new { completed = streams.CompleteAll(body?.Method) }));

        admin.MapPost("/stall", (StallRequest body, ConnectionRegistry registry, Stalls stalls) =>
        {
            var connection = registry.All().FirstOrDefault(c => c.Id == body.ConnectionId);
            if (connection is null) return BadRequest($"unknown connection '{body.ConnectionId}'");
            var transport = connection.Context.GetHttpContext()?.Connection.Id;
            if (transport is null || !stalls.Stall(transport)) return BadRequest($"connection '{body.ConnectionId}' has no socket of its own to stall");
            return Results.Json(new { stalled = body.ConnectionId, transport });
        });
        admin.MapGet("/stall", (Stalls stalls) => Results.Json(new { stalled = stalls.Stalled() }));
        admin.MapDelete("/stall", (Stalls stalls) => Results.Json(new { released = stalls.ReleaseAll() }));

        admin.MapPost("/reset", (FailRules rules, DelayRules delays, CallLog calls, StreamTracker streams, TokenStore tokens, RuntimeSettings settings, Stalls stalls) =>
        {
            stalls.ReleaseAll();
            rules.Clear();
            delays.Clear();
            calls.Clear();
            streams.ResetCounters();
            tokens.ClearRevocations();
            settings.Reset();
            return Results.Json(new { reset = true, tickIntervalMs = settings.TickIntervalMs, tickMode = settings.TickMode });
        });
    }

    private static IResult BadRequest(string description) =>
        Results.Json(new { error = "bad_request", error_description = description }, statusCode: 400);
}
