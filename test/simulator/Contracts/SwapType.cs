namespace RxHub.Simulator.Contracts;

/// <summary>Swap unit (contract: SwapType).</summary>
public enum SwapType
{
    Points,
    Dollars,
    Interest,
    MarginCurrency,
}
