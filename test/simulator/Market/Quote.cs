using RxHub.Simulator.Contracts;

namespace RxHub.Simulator.Market;

/// <summary>The latest price of one symbol on one platform, with the session's high and low.</summary>
public sealed record Quote(string Symbol, double Bid, double Ask, DateTime LastTime, double High, double Low, SymbolPriceDirection Direction)
{
    public Tick ToTick() => new() { Symbol = Symbol, Bid = Bid, Ask = Ask, LastTime = LastTime };
}
