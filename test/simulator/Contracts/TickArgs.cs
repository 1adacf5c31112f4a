namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>TickArgs</c>.</summary>
public sealed class TickArgs : TradePlatformId
{
    public Tick? Tick { get; init; }
}
