namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>TicksOHLCArgs</c>.</summary>
public sealed class TicksOHLCArgs : TradePlatformId
{
    public OHLCS[]? Ticks { get; init; }
}
