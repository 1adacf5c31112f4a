using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using RxHub.Simulator.Contracts;
using RxHub.Simulator.Market;
using RxHub.Simulator.State;

namespace RxHub.Simulator.Hubs;

/// <summary>
/// /hubs/mt4/v1 (bearer token required). Connect joins a trade platform; every other method requires it on this
/// connection. Subscriptions are group memberships, as on any SignalR server: a second Subscribe is counted (see
/// /admin/connections) but a single Unsubscribe leaves the group. Events are sent by the pumps.
/// </summary>
public sealed class Mt4Hub(
    IOptions<SimulatorOptions> options,
    ConnectionRegistry registry,
    SymbolCatalog catalog,
    PriceBook prices,
    MarginBook margins,
    PayloadFactory payloads,
    StreamTracker streams,
    IHubContext<Mt4Hub> hubContext) : Hub
{
    private readonly SimulatorOptions _options = options.Value;

    private ConnectionState State => registry.Get(Context.ConnectionId);

    public async Task<bool> Connect(ConnectArgs args)
    {
        var platform = PlatformGuard.KnownPlatform(args?.TradePlatform, _options);
        await Join(GroupNames.Platform(platform));
        State.AddPlatform(platform);
        var client = hubContext.Clients.Client(Context.ConnectionId);
        // The status follows the result, as the pumping connection comes up after Connect returns.
        _ = Task.Delay(10).ContinueWith(
            _ => client.SendAsync("OnMT4ConnectionStatus", new MT4ConnectionStatusArgs { TradePlatform = platform, Connected = true }),
            TaskScheduler.Default);
        return true;
    }

    public async Task SubscribeToTicks(SubscribeToTicksArgs args)
    {
        var platform = PlatformGuard.Connected(State, args?.TradePlatform);
        var symbol = PlatformGuard.KnownSymbol(catalog, platform, args!.Symbol);
        await Subscribe($"SubscribeToTicks {platform} {symbol}", GroupNames.Ticks(platform, symbol));
    }

    public async Task UnsubscribeFromTicks(SubscribeToTicksArgs args)
    {
        var platform = PlatformGuard.Connected(State, args?.TradePlatform);
        var symbol = PlatformGuard.KnownSymbol(catalog, platform, args!.Symbol);
        await Unsubscribe($"SubscribeToTicks {platform} {symbol}", GroupNames.Ticks(platform, symbol));
    }

    public Task SubscribeToAllTicks(TradePlatformId args) => Subscribe(nameof(SubscribeToAllTicks), args, GroupNames.AllTicks);

    public Task UnsubscribeFromAllTicks(TradePlatformId args) => Unsubscribe(nameof(SubscribeToAllTicks), args, GroupNames.AllTicks);

    public Task SubscribeToSymbols(TradePlatformId args) => Subscribe(nameof(SubscribeToSymbols), args, GroupNames.Symbols);

    public Task UnsubscribeFromSymbols(TradePlatformId args) => Unsubscribe(nameof(SubscribeToSymbols), args, GroupNames.Symbols);

    public Task SubscribeToOnlineUpdates(TradePlatformId args) => Subscribe(nameof(SubscribeToOnlineUpdates), args, GroupNames.Online);

    public Task UnsubscribeFromOnlineUpdates(TradePlatformId args) =>
        Unsubscribe(nameof(SubscribeToOnlineUpdates), args, GroupNames.Online);

    public IAsyncEnumerable<TradeExEventPayload> StreamTrades(TradePlatformId args, CancellationToken cancellationToken)
    {
        var platform = PlatformGuard.Connected(State, args?.TradePlatform);
        return Stream<TradeExEventPayload>(nameof(StreamTrades), _options.StreamIntervalMs, (n, now) => [payloads.Trade(platform, n, now)], cancellationToken);
    }

    public IAsyncEnumerable<SymbolInfo> StreamAllTicks(TradePlatformId args, CancellationToken cancellationToken)
    {
        var platform = PlatformGuard.Connected(State, args?.TradePlatform);
        var symbols = catalog.All.Take(50).Select(s => s.Name).ToList();
        return Stream(
            nameof(StreamAllTicks),
            _options.StreamIntervalMs,
            (_, now) => symbols.Select(s => payloads.SymbolInfo(platform, s, prices.Next(platform, s, now))).ToList(),
            cancellationToken);
    }

    public IAsyncEnumerable<MarginLevel> StreamMarginCallUpdates(TradePlatformId args, CancellationToken cancellationToken)
    {
        var platform = PlatformGuard.Connected(State, args?.TradePlatform);
        return Stream(
            nameof(StreamMarginCallUpdates),
            _options.MarginIntervalMs,
            (_, now) => margins.Levels(platform, now).Where(m => m.LevelType != MarginLevelType.Ok).ToList(),
            cancellationToken);
    }

    public IAsyncEnumerable<UserUpdate> StreamUserUpdates(TradePlatformId args, CancellationToken cancellationToken)
    {
        var platform = PlatformGuard.Connected(State, args?.TradePlatform);
        return Stream<UserUpdate>(nameof(StreamUserUpdates), _options.StreamIntervalMs, (n, now) => [payloads.User(platform, n, now)], cancellationToken);
    }

    private Task Subscribe(string method, TradePlatformId? args, Func<string, string> group)
    {
        var platform = PlatformGuard.Connected(State, args?.TradePlatform);
        return Subscribe($"{method} {platform}", group(platform));
    }

    private Task Unsubscribe(string method, TradePlatformId? args, Func<string, string> group)
    {
        var platform = PlatformGuard.Connected(State, args?.TradePlatform);
        return Unsubscribe($"{method} {platform}", group(platform));
    }

    private async Task Subscribe(string key, string group)
    {
        await Join(group);
        State.CountSubscription(key, +1);
    }

    private async Task Unsubscribe(string key, string group)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        State.SetGroup(group, false);
        State.CountSubscription(key, -1);
    }

    private async Task Join(string group)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        State.SetGroup(group, true);
    }

    /// <summary>Every intervalMs, yields the next items; counts the stream as completed or canceled when it ends.</summary>
    private IAsyncEnumerable<T> Stream<T>(
        string method,
        int intervalMs,
        Func<int, DateTime, IReadOnlyList<T>> next,
        CancellationToken cancellationToken) =>
        Run(State, method, Math.Max(1, intervalMs), next, cancellationToken);

    private async IAsyncEnumerable<T> Run<T>(
        ConnectionState state,
        string method,
        int intervalMs,
        Func<int, DateTime, IReadOnlyList<T>> next,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (id, complete) = streams.Start(method, state.Id);
        state.CountStream(method, +1);
        var completed = false;
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, complete);
            for (var n = 0; !complete.IsCancellationRequested; n++)
            {
                foreach (var item in next(n, DateTime.UtcNow)) yield return item;
                if (!await Delay(intervalMs, linked.Token, cancellationToken)) break;
            }
            completed = !cancellationToken.IsCancellationRequested;
        }
        finally
        {
            state.CountStream(method, -1);
            streams.End(id, canceled: !completed);
        }
    }

    /// <summary>False when an admin completed the stream; throws when the client canceled it.</summary>
    private static async Task<bool> Delay(int ms, CancellationToken either, CancellationToken client)
    {
        try
        {
            await Task.Delay(ms, either);
            return true;
        }
        catch (OperationCanceledException) when (!client.IsCancellationRequested)
        {
            return false;
        }
    }
}
