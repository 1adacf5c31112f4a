namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>ConSession</c>.</summary>
public sealed class ConSession
{
    public int OpenHour { get; init; }
    public int OpenMin { get; init; }
    public int CloseHour { get; init; }
    public int CloseMin { get; init; }
    public int[]? Align { get; init; }
}
