namespace RxHub.Simulator.Contracts;

/// <summary>Good-till-cancel mode (contract: GTCMode).</summary>
public enum GTCMode
{
    Daily,
    GTC,
    DailyNoStops,
}
