namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>MarginLevel</c>.</summary>
public sealed class MarginLevel
{
    public string? Group { get; init; }
    public int Login { get; init; }
    public int Leverage { get; init; }
    public int Updated { get; init; }
    public double Balance { get; init; }
    public double Equity { get; init; }
    public int Volume { get; init; }
    public double Margin { get; init; }
    public double Free { get; init; }
    public double Level { get; init; }
    public MarginControllingType ControllingType { get; init; }
    public MarginLevelType LevelType { get; init; }
}
