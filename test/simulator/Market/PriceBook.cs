using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using RxHub.Simulator.Contracts;

namespace RxHub.Simulator.Market;

/// <summary>
/// A seeded random walk per (platform, symbol): the same seed gives the same sequence of prices for each key,
/// whatever else is subscribed.
/// </summary>
public sealed class PriceBook(IOptions<SimulatorOptions> options, SymbolCatalog catalog)
{
    private readonly int _seed = options.Value.Seed;
    private readonly ConcurrentDictionary<(string, string), Walk> _walks = new();

    /// <summary>Moves the price one step and returns the new quote.</summary>
    public Quote Next(string platform, string symbol, DateTime now)
    {
        var walk = WalkOf(platform, symbol);
        lock (walk) return walk.Step(now);
    }

    /// <summary>Records a tick that came from elsewhere (CSV replay) as the latest price.</summary>
    public Quote Set(string platform, string symbol, double bid, double ask, DateTime time)
    {
        var walk = WalkOf(platform, symbol);
        lock (walk) return walk.Set(bid, ask, time);
    }

    /// <summary>The latest quote, without moving the price.</summary>
    public Quote Peek(string platform, string symbol)
    {
        var walk = WalkOf(platform, symbol);
        lock (walk) return walk.Current;
    }

    private Walk WalkOf(string platform, string symbol) =>
        _walks.GetOrAdd((platform, symbol), key => new Walk(catalog.Get(key.Item2), new Random(StableHash.Of(_seed, key.Item1, key.Item2))));

    private sealed class Walk
    {
        private readonly SymbolSpec _spec;
        private readonly Random _random;

        public Walk(SymbolSpec spec, Random random)
        {
            _spec = spec;
            _random = random;
            var start = Math.Round(spec.BasePrice * (1 + (random.NextDouble() - 0.5) * 0.002), spec.Digits);
            Current = new Quote(spec.Name, start, Ask(start), DateTime.UtcNow, start, start, SymbolPriceDirection.None);
        }

        public Quote Current { get; private set; }

        public Quote Step(DateTime now)
        {
            // Gaussian step of about 0.5 pip on FX majors, via Box-Muller.
            var u1 = 1.0 - _random.NextDouble();
            var u2 = _random.NextDouble();
            var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            var pull = (_spec.BasePrice - Current.Bid) / _spec.BasePrice * 0.01; // mean reversion keeps prices plausible
            var bid = Math.Round(Current.Bid * (1 + z * 0.00005 + pull), _spec.Digits);
            if (bid <= 0) bid = _spec.Point;
            return Set(bid, Ask(bid), now);
        }

        public Quote Set(double bid, double ask, DateTime time)
        {
            var direction = bid > Current.Bid ? SymbolPriceDirection.Up : bid < Current.Bid ? SymbolPriceDirection.Down : SymbolPriceDirection.None;
            Current = new Quote(_spec.Name, bid, ask, time, Math.Max(Current.High, bid), Math.Min(Current.Low, bid), direction);
            return Current;
        }

        private double Ask(double bid) => Math.Round(bid + _spec.SpreadPoints * _spec.Point, _spec.Digits);
    }
}
