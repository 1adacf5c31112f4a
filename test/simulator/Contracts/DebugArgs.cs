namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>DebugArgs</c>.</summary>
public sealed class DebugArgs : TradePlatformId
{
    public string? Category { get; init; }
    public string? Message { get; init; }
    public object? Data { get; init; }
}
