using RxHub.Simulator.Contracts;
using RxHub.Simulator.Market;

namespace RxHub.Simulator.Pumps;

/// <summary>The next ticks of a symbol: the CSV replay's due rows if it replays that symbol, else one random-walk step.</summary>
public sealed class TickSource(PriceBook prices, TickReplay replay)
{
    public IReadOnlyList<Tick> Next(string platform, string symbol, DateTime now)
    {
        if (!replay.Replays(symbol)) return [prices.Next(platform, symbol, now).ToTick()];
        return replay
            .Due(platform, symbol, now)
            .Select(due => prices.Set(platform, symbol, due.Row.Bid, due.Row.Ask, due.Time).ToTick())
            .ToList();
    }
}
