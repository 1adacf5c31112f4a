namespace RxHub.Simulator.Contracts;

/// <summary>Direction of the last price change (contract: SymbolPriceDirection).</summary>
public enum SymbolPriceDirection
{
    Up,
    Down,
    None,
}
