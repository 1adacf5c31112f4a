namespace RxHub.Simulator.Market;

/// <summary>One row of a replayed CSV: milliseconds since the Unix epoch, bid, ask and symbol.</summary>
public readonly record struct ReplayRow(long TimestampMs, double Bid, double Ask, string Symbol);
