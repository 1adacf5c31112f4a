namespace RxHub.Simulator.Contracts;

/// <summary>Margin state of an account (contract: MarginLevelType).</summary>
public enum MarginLevelType
{
    Ok,
    MarginCall,
    StopOut,
}
