namespace RxHub.Simulator.Contracts;

/// <summary>Commission unit (contract: CommissionType).</summary>
public enum CommissionType
{
    Money,
    Pips,
    Percent,
}
