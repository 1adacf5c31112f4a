namespace RxHub.Simulator;

/// <summary>
/// Settings bound from the "Simulator" configuration section: <c>--Simulator:Key=value</c> on the command line or
/// <c>Simulator__Key</c> in the environment. Lists are comma-separated strings.
/// </summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    /// <summary>Trade platform ids that Connect accepts.</summary>
    public string Platforms { get; set; } = "demo,live,uat";

    /// <summary>Named symbols offered on every platform.</summary>
    public string Symbols { get; set; } =
        "EURUSD,GBPUSD,USDJPY,USDCHF,AUDUSD,USDCAD,NZDUSD,EURGBP,EURJPY,XAUUSD,BTCUSD,ETHUSD";

    /// <summary>Extra generated symbols SYM0001, SYM0002, … (for tests with many symbols).</summary>
    public int SymbolCount { get; set; }

    /// <summary>Seed of every random walk, so runs are repeatable.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Every interval, one tick per subscribed symbol.</summary>
    public int TickIntervalMs { get; set; } = 200;

    /// <summary>
    /// How many times faster than the wall clock the random-walk ticks' own times run, from the simulator's start:
    /// at 6, an M1 window of tick times passes in 10 s. The tick rate, the server-side candles and every other time
    /// stay on the wall clock; CSV replays have ReplaySpeed.
    /// </summary>
    public double ClockSpeed { get; set; } = 1.0;

    /// <summary><c>single</c> (OnTick), <c>batch</c> (OnTicks) or <c>mixed</c> (alternating per interval).</summary>
    public string TickMode { get; set; } = "single";

    /// <summary>Period of the Test hub's OnClock.</summary>
    public int ClockIntervalMs { get; set; } = 1000;

    /// <summary>Period of the server-side OnTicksOHLC candles.</summary>
    public int OhlcIntervalMs { get; set; } = 1000;

    /// <summary>Period of OnMarginUpdate (and of the margin-call stream).</summary>
    public int MarginIntervalMs { get; set; } = 1000;

    /// <summary>Length of one Ok → MarginCall → StopOut → Ok cycle of the margin scenarios.</summary>
    public int MarginCycleMs { get; set; } = 12000;

    /// <summary>Period of OnSymbolUpdate to symbol subscribers.</summary>
    public int SymbolUpdateIntervalMs { get; set; } = 2000;

    /// <summary>Period of OnOnlineUpdate to online subscribers.</summary>
    public int OnlineIntervalMs { get; set; } = 1500;

    /// <summary>Period of OnDebug to connected platforms; 0 turns it off.</summary>
    public int DebugIntervalMs { get; set; } = 5000;

    /// <summary>Period of the items of StreamTrades, StreamUserUpdates and StreamAllTicks.</summary>
    public int StreamIntervalMs { get; set; } = 500;

    /// <summary>CSV (<c>timestamp_ms,bid,ask[,symbol]</c>) replayed as ticks instead of the random walk.</summary>
    public string? ReplayCsv { get; set; }

    /// <summary>Symbol of the replayed rows without a symbol column; default: the file name up to the first '-'.</summary>
    public string? ReplaySymbol { get; set; }

    /// <summary>Replay speed multiplier (2 = twice as fast as recorded).</summary>
    public double ReplaySpeed { get; set; } = 1.0;

    /// <summary>Lifetime of issued bearer tokens.</summary>
    public int TokenLifetimeSeconds { get; set; } = 300;

    /// <summary>File that keeps issued tokens across a restart (the harness sets one per simulator); none by default.</summary>
    public string? TokenFile { get; set; }

    /// <summary>Accepted client credentials, <c>id:secret</c> pairs separated by commas.</summary>
    public string Clients { get; set; } = "rxhub-demo:rxhub-secret";

    /// <summary>SignalR keep-alive interval (server → client pings).</summary>
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>SignalR client timeout (no message from the client for this long closes the connection).</summary>
    public int ClientTimeoutSeconds { get; set; } = 30;

    /// <summary>Chat hub: keep-alive interval (SignalR checks it once a second, so pings come about every second).</summary>
    public int ChatKeepAliveMs { get; set; } = 500;

    /// <summary>Chat hub: the largest message the server accepts; a larger one closes the connection with an error.</summary>
    public long ChatMaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Chat hub: invocations one client may run at once; above 1, so PostConfirmed can await a client result.</summary>
    public int ChatParallelInvocations { get; set; } = 4;

    /// <summary>Chat hub: how long PostConfirmed waits for the client's ConfirmPost answer.</summary>
    public int ClientResultTimeoutMs { get; set; } = 2000;

    /// <summary>Size of the call log kept for /admin/calls.</summary>
    public int CallLogSize { get; set; } = 2000;

    public IReadOnlyList<string> PlatformList => Split(Platforms);

    public IReadOnlyList<string> SymbolList => Split(Symbols);

    public static IReadOnlyList<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
