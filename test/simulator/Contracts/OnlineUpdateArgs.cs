namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>OnlineUpdateArgs</c>.</summary>
public sealed class OnlineUpdateArgs : TradePlatformId
{
    public TransactionType Type { get; init; }
    public int Login { get; init; }
}
