namespace RxHub.Simulator.Contracts;

/// <summary>Margin calculation mode (contract: MarginCalculationMode).</summary>
public enum MarginCalculationMode
{
    Forex,
    CFD,
    Futures,
    CFDIndex,
    CFDLeverage,
}
