using RxHub.Simulator.Contracts;

namespace RxHub.Simulator.Market;

/// <summary>
/// Builds the server-side OnTicksOHLC candles from the ticks the simulator sends. A candle's <c>lastTime</c> is the
/// open time of its window (aligned to OhlcIntervalMs), and <c>volume</c> is its tick count.
/// </summary>
public sealed class OhlcAggregator
{
    private readonly Dictionary<(string Platform, string Symbol), Builder> _building = [];

    public void Add(string platform, Tick tick, DateTime windowOpen)
    {
        lock (_building)
        {
            var key = (platform, tick.Symbol!);
            if (_building.TryGetValue(key, out var builder)) builder.Add(tick);
            else _building[key] = new Builder(tick, windowOpen);
        }
    }

    /// <summary>The candles built so far for a platform, keyed by symbol; the builders start over.</summary>
    public IReadOnlyDictionary<string, OHLCS> Drain(string platform)
    {
        lock (_building)
        {
            var keys = _building.Keys.Where(k => k.Platform == platform).ToList();
            var result = new Dictionary<string, OHLCS>(keys.Count);
            foreach (var key in keys)
            {
                result[key.Symbol] = _building[key].Build();
                _building.Remove(key);
            }
            return result;
        }
    }

    private sealed class Builder(Tick first, DateTime windowOpen)
    {
        private BidAsk _max = new() { Bid = first.Bid, Ask = first.Ask };
        private BidAsk _min = new() { Bid = first.Bid, Ask = first.Ask };
        private BidAsk _close = new() { Bid = first.Bid, Ask = first.Ask };
        private int _volume = 1;

        public void Add(Tick tick)
        {
            _max = new BidAsk { Bid = Math.Max(_max.Bid, tick.Bid), Ask = Math.Max(_max.Ask, tick.Ask) };
            _min = new BidAsk { Bid = Math.Min(_min.Bid, tick.Bid), Ask = Math.Min(_min.Ask, tick.Ask) };
            _close = new BidAsk { Bid = tick.Bid, Ask = tick.Ask };
            _volume++;
        }

        public OHLCS Build() => new()
        {
            Open = new BidAsk { Bid = first.Bid, Ask = first.Ask },
            Maximum = _max,
            Minimum = _min,
            Close = _close,
            Symbol = first.Symbol,
            LastTime = windowOpen,
            Volume = _volume,
        };
    }
}
