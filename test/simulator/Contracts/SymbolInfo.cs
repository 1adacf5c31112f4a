namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>SymbolInfo</c>.</summary>
public sealed class SymbolInfo
{
    public DateTime? LastTime { get; init; }
    public bool Visible { get; init; }
    public string? Symbol { get; init; }
    public int Digits { get; init; }
    public int Count { get; init; }
    public int Type { get; init; }
    public double Point { get; init; }
    public int Spread { get; init; }
    public int SpreadBalance { get; init; }
    public SymbolPriceDirection Direction { get; init; }
    public int UpdateFlag { get; init; }
    public double Bid { get; init; }
    public double Ask { get; init; }
    public double High { get; init; }
    public double Low { get; init; }
    public double Commission { get; init; }
    public CommissionType CommType { get; init; }
}
