using Microsoft.Extensions.Options;
using RxHub.Simulator.Contracts;

namespace RxHub.Simulator.Market;

/// <summary>
/// Margin scenarios: per platform a few accounts whose equity falls steadily over MarginCycleMs (level 180 % → 30 %),
/// so they go Ok → MarginCall (≤ 100 %) → StopOut (≤ 50 %), hold, then a deposit brings them back to Ok. Accounts are
/// staggered in phase, and one account stays healthy. Everything is a function of the time: deterministic.
/// </summary>
public sealed class MarginBook(IOptions<SimulatorOptions> options)
{
    public const double MarginCallLevel = 100;
    public const double StopOutLevel = 50;
    private const int CyclingAccounts = 3;
    private readonly double _cycleMs = Math.Max(1000, options.Value.MarginCycleMs);
    private readonly IReadOnlyList<string> _platforms = options.Value.PlatformList;

    public IReadOnlyList<MarginLevel> Levels(string platform, DateTime now)
    {
        var baseLogin = 1000 * (1 + Math.Max(0, IndexOf(platform)));
        var t = (now - DateTime.UnixEpoch).TotalMilliseconds;
        var levels = new List<MarginLevel>(CyclingAccounts + 1);
        for (var i = 0; i < CyclingAccounts; i++)
        {
            var phase = ((t / _cycleMs) + (double)i / CyclingAccounts) % 1.0;
            var level = phase < 0.8 ? 180 - 150 * phase / 0.8 : 30;
            levels.Add(Build(platform, baseLogin + 1 + i, 2000 + 500 * i, level, now));
        }
        levels.Add(Build(platform, baseLogin + 99, 1500, 420 + 20 * Math.Sin(t / 5000), now));
        return levels;
    }

    public static MarginLevelType TypeOf(double level) =>
        level <= StopOutLevel ? MarginLevelType.StopOut : level <= MarginCallLevel ? MarginLevelType.MarginCall : MarginLevelType.Ok;

    private static MarginLevel Build(string platform, int login, double margin, double level, DateTime now)
    {
        level = Math.Round(level, 2);
        var equity = Math.Round(margin * level / 100, 2);
        return new MarginLevel
        {
            Group = $"{platform}\\retail",
            Login = login,
            Leverage = 100,
            Updated = (int)(now - DateTime.UnixEpoch).TotalSeconds,
            Balance = 5000,
            Equity = equity,
            Volume = (int)(margin / 10),
            Margin = margin,
            Free = Math.Round(equity - margin, 2),
            Level = level,
            ControllingType = MarginControllingType.Percent,
            LevelType = TypeOf(level),
        };
    }

    private int IndexOf(string platform)
    {
        for (var i = 0; i < _platforms.Count; i++)
            if (_platforms[i] == platform) return i;
        return -1;
    }
}
