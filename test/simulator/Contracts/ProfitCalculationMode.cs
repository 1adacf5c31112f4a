namespace RxHub.Simulator.Contracts;

/// <summary>Profit calculation mode (contract: ProfitCalculationMode).</summary>
public enum ProfitCalculationMode
{
    Forex,
    CFD,
    Futures,
}
