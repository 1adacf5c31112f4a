namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>MT4ConnectionStatusArgs</c>.</summary>
public sealed class MT4ConnectionStatusArgs : TradePlatformId
{
    public bool Connected { get; init; }
}
