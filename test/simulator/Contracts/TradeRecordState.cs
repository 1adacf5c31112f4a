namespace RxHub.Simulator.Contracts;

/// <summary>State of a trade record (contract: TradeRecordState).</summary>
public enum TradeRecordState
{
    OpenNormal,
    OpenRemand,
    OpenRestored,
    ClosedNormal,
    ClosedPart,
    ClosedBy,
    Deleted,
}
