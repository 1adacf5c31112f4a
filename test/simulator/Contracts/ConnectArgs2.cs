namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>ConnectArgs2</c>.</summary>
public sealed class ConnectArgs2 : TradePlatformId
{
    /// <summary>Timeout of pumping connection being UP and running. In milliseconds; default = 30 seconds;</summary>
    public int TimeoutMs { get; set; }
}
