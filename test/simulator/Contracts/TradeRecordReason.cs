namespace RxHub.Simulator.Contracts;

/// <summary>Who or what placed the order (contract: TradeRecordReason).</summary>
public enum TradeRecordReason
{
    Client,
    Expert,
    Dealer,
    Signal,
    Gateway,
    Mobile,
    Web,
    API,
}
