namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>SymbolUpdateArgs</c>.</summary>
public sealed class SymbolUpdateArgs : TradePlatformId
{
    public TransactionType Type { get; init; }
    public ConSymbol? Symbol { get; init; }
}
