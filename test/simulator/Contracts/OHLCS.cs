namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>OHLCS</c>.</summary>
public sealed class OHLCS
{
    /// <summary>Priced being at the beginning of interval</summary>
    public BidAsk? Open { get; init; }
    /// <summary>highest ever bid and ask, calculated separately.</summary>
    public BidAsk? Maximum { get; init; }
    /// <summary>lowest ever bid and ask, calculated separately.</summary>
    public BidAsk? Minimum { get; init; }
    /// <summary>Priced being at the end of interval</summary>
    public BidAsk? Close { get; init; }
    public string? Symbol { get; init; }
    public DateTime? LastTime { get; init; }
    /// <summary>number of ticks before groupping</summary>
    public int Volume { get; init; }
}
