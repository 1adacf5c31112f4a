namespace RxHub.Simulator.Contracts;

/// <summary>Argument of MT4 Connect.</summary>
public sealed class ConnectArgs
{
    public string? TradePlatform { get; set; }
    /// <summary>Timeout of pumping connection being UP and running. In milliseconds; default = 30 seconds;</summary>
    public int TimeoutMs { get; set; }
}
