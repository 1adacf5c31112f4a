namespace RxHub.Simulator.Contracts;

/// <summary>Whether margin thresholds are percents or currency (contract: MarginControllingType).</summary>
public enum MarginControllingType
{
    Percent,
    Currency,
}
