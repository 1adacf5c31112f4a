namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>ConSessions</c>.</summary>
public sealed class ConSessions
{
    public int QuoteOvernight { get; init; }
    public int TradeOvernight { get; init; }
    public ConSession[]? Quote { get; init; }
    public ConSession[]? Trade { get; init; }
}
