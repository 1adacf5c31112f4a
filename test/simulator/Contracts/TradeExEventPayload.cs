namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>TradeExEventPayload</c>.</summary>
public sealed class TradeExEventPayload : TradeRecord
{
    /// <summary>add - order opened, delete - order closed, Update - IF login==0 THEN order deleted ELSE order updated</summary>
    public TransactionType UpdateType { get; init; }
}
