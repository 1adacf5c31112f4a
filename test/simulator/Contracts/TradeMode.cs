namespace RxHub.Simulator.Contracts;

/// <summary>Symbol trade mode (contract: TradeMode).</summary>
public enum TradeMode
{
    No,
    Close,
    Full,
}
