namespace RxHub.Simulator.Contracts;

/// <summary>Order type (contract: TradeCommand).</summary>
public enum TradeCommand
{
    Buy,
    Sell,
    BuyLimit,
    SellLimit,
    BuyStop,
    SellStop,
    Balance,
    Credit,
}
