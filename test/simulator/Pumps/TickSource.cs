using Microsoft.Extensions.Options;
using RxHub.Simulator.Contracts;
using RxHub.Simulator.Market;

namespace RxHub.Simulator.Pumps;

/// <summary>
/// The next ticks of a symbol: the CSV replay's due rows if it replays that symbol, else one random-walk step, stamped
/// on the market clock (the wall clock, or ClockSpeed times faster from the start, so that tests see M1 windows pass in
/// seconds while each tick keeps a true M1 time).
/// </summary>
public sealed class TickSource(PriceBook prices, TickReplay replay, IOptions<SimulatorOptions> options)
{
    private readonly DateTime _start = DateTime.UtcNow;
    private readonly double _speed = options.Value.ClockSpeed > 0 ? options.Value.ClockSpeed : 1.0;

    public IReadOnlyList<Tick> Next(string platform, string symbol, DateTime now)
    {
        if (!replay.Replays(symbol)) return [prices.Next(platform, symbol, MarketTime(now)).ToTick()];
        return replay
            .Due(platform, symbol, now)
            .Select(due => prices.Set(platform, symbol, due.Row.Bid, due.Row.Ask, due.Time).ToTick())
            .ToList();
    }

    private DateTime MarketTime(DateTime now) => _start + (now - _start) * _speed;
}
