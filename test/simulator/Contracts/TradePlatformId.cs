namespace RxHub.Simulator.Contracts;

/// <summary>Names one trade platform (argument of most MT4 methods).</summary>
public class TradePlatformId
{
    public string? TradePlatform { get; set; }
}
