namespace RxHub.Simulator.Contracts;

/// <summary>How an order was activated (contract: ActivationType).</summary>
public enum ActivationType
{
    None,
    SL,
    TP,
    Pending,
    Stopout,
    StopOutRollback,
    PendingRollback,
    TPRollback,
    SLRollback,
}
