namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>MarginUpdateArgs</c>.</summary>
public sealed class MarginUpdateArgs : TradePlatformId
{
    public MarginLevel[]? Margins { get; init; }
}
