using Microsoft.Extensions.Options;

namespace RxHub.Simulator.State;

/// <summary>The settings that admin endpoints may change at run time; <see cref="Reset"/> restores the configured ones.</summary>
public sealed class RuntimeSettings(IOptions<SimulatorOptions> options)
{
    private readonly SimulatorOptions _options = options.Value;
    private volatile int _tickIntervalMs = Math.Max(1, options.Value.TickIntervalMs);
    private volatile string _tickMode = NormalizeMode(options.Value.TickMode);

    public int TickIntervalMs
    {
        get => _tickIntervalMs;
        set => _tickIntervalMs = Math.Max(1, value);
    }

    /// <summary><c>single</c>, <c>batch</c> or <c>mixed</c>.</summary>
    public string TickMode
    {
        get => _tickMode;
        set => _tickMode = NormalizeMode(value);
    }

    public void Reset()
    {
        TickIntervalMs = _options.TickIntervalMs;
        TickMode = _options.TickMode;
    }

    public static bool IsValidMode(string? mode) => mode is "single" or "batch" or "mixed";

    private static string NormalizeMode(string? mode)
    {
        var m = (mode ?? "single").Trim().ToLowerInvariant();
        return IsValidMode(m) ? m : throw new ArgumentException($"Unknown tick mode '{mode}': use single, batch or mixed");
    }
}
