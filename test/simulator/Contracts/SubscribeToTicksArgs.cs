namespace RxHub.Simulator.Contracts;

/// <summary>Argument of SubscribeToTicks / UnsubscribeFromTicks.</summary>
public sealed class SubscribeToTicksArgs
{
    public string? TradePlatform { get; set; }
    public string? Symbol { get; set; }
}
