using System.Globalization;
using Microsoft.Extensions.Options;

namespace RxHub.Simulator.Market;

/// <summary>
/// Replays a CSV of recorded ticks (<c>timestamp_ms,bid,ask[,symbol]</c>) on the server's clock, scaled by
/// ReplaySpeed, looping at the end. Each replayed tick keeps its recorded time (shifted by the file's length on every
/// loop, so times keep increasing). A (platform, symbol) that nobody asked about for a while skips to the present
/// instead of bursting the missed ticks. The position follows the server's clock from start-up, or from the last
/// <see cref="Rewind"/> (POST /admin/replay): the recording has stretches of half a minute without a tick, so a test
/// that counts replayed ticks rewinds to a known position rather than landing wherever the simulator's uptime puts it.
/// </summary>
public sealed class TickReplay
{
    private readonly Dictionary<string, ReplayRow[]> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Platform, string Symbol), Cursor> _cursors = [];
    private readonly double _speed;
    private DateTime _start = DateTime.UtcNow;

    public TickReplay(IOptions<SimulatorOptions> options, SymbolCatalog catalog)
    {
        _speed = options.Value.ReplaySpeed > 0 ? options.Value.ReplaySpeed : 1.0;
        var path = options.Value.ReplayCsv;
        if (string.IsNullOrWhiteSpace(path)) return;
        var defaultSymbol = options.Value.ReplaySymbol ?? Path.GetFileNameWithoutExtension(path).Split('-')[0];
        foreach (var group in Read(path, defaultSymbol).GroupBy(r => r.Symbol))
        {
            if (!catalog.Contains(group.Key))
                throw new InvalidOperationException($"Replayed symbol '{group.Key}' is not in Simulator:Symbols");
            _rows[group.Key] = group.OrderBy(r => r.TimestampMs).ToArray();
        }
    }

    public bool Replays(string symbol) => _rows.ContainsKey(symbol);

    public IReadOnlyCollection<string> Symbols => _rows.Keys;

    /// <summary>Replays from <paramref name="offsetMs"/> into the recording from now on, on every platform.</summary>
    public void Rewind(long offsetMs, DateTime now)
    {
        lock (_cursors)
        {
            _start = now - TimeSpan.FromMilliseconds(offsetMs / _speed);
            _cursors.Clear(); // each (platform, symbol) starts again at the new position
        }
    }

    /// <summary>The recorded ticks of this symbol that are due on this platform since the last call.</summary>
    public IReadOnlyList<(ReplayRow Row, DateTime Time)> Due(string platform, string symbol, DateTime now)
    {
        var rows = _rows[symbol];
        var first = rows[0].TimestampMs;
        var length = rows[^1].TimestampMs - first + 1;
        var result = new List<(ReplayRow, DateTime)>();
        lock (_cursors)
        {
            var elapsed = (long)((now - _start).TotalMilliseconds * _speed);
            var cursor = _cursors.GetValueOrDefault((platform, symbol)) ?? new Cursor(-1, DateTime.MinValue);
            var next = cursor.Next;
            if (next < 0 || (now - cursor.LastAsked).TotalSeconds > 2)
                next = IndexAt(rows, elapsed, length); // start, or skip a gap, at the present position
            while (result.Count < 10_000)
            {
                var row = rows[next % rows.Length];
                var loop = next / rows.Length;
                var offset = row.TimestampMs - first + loop * length;
                if (offset > elapsed) break;
                result.Add((row, DateTime.UnixEpoch.AddMilliseconds(row.TimestampMs + loop * length)));
                next++;
            }
            _cursors[(platform, symbol)] = new Cursor(next, now);
        }
        return result;
    }

    private static long IndexAt(ReplayRow[] rows, long elapsed, long length)
    {
        var loop = elapsed / length;
        var target = rows[0].TimestampMs + elapsed % length;
        var index = Array.FindIndex(rows, r => r.TimestampMs > target);
        return loop * rows.Length + (index < 0 ? rows.Length : index);
    }

    private static IEnumerable<ReplayRow> Read(string path, string defaultSymbol)
    {
        foreach (var line in File.ReadLines(path))
        {
            var cells = line.Split(',');
            if (cells.Length < 3 || !long.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ts))
                continue; // header or blank line
            var bid = double.Parse(cells[1], CultureInfo.InvariantCulture);
            var ask = double.Parse(cells[2], CultureInfo.InvariantCulture);
            var symbol = cells.Length > 3 && cells[3].Trim().Length > 0 ? cells[3].Trim() : defaultSymbol;
            yield return new ReplayRow(ts, bid, ask, symbol);
        }
    }

    private sealed record Cursor(long Next, DateTime LastAsked);
}
