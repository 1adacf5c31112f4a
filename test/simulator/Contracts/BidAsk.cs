namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>BidAsk</c>.</summary>
public sealed class BidAsk
{
    public double Bid { get; init; }
    public double Ask { get; init; }
}
