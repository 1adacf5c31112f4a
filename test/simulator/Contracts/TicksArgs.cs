namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>TicksArgs</c>.</summary>
public sealed class TicksArgs : TradePlatformId
{
    public TickArgs[]? Ticks { get; init; }
}
