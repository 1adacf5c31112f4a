namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>Tick</c>.</summary>
public sealed class Tick
{
    public string? Symbol { get; init; }
    public double Bid { get; init; }
    public double Ask { get; init; }
    public DateTime? LastTime { get; init; }
}
