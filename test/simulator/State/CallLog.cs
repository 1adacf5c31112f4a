using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace RxHub.Simulator.State;

/// <summary>A bounded, ordered log of hub invocations.</summary>
public sealed class CallLog(IOptions<SimulatorOptions> options, IOptions<JsonHubProtocolOptions> json)
{
    private readonly int _capacity = Math.Max(1, options.Value.CallLogSize);
    private readonly JsonSerializerOptions _json = json.Value.PayloadSerializerOptions;
    private readonly LinkedList<CallRecord> _records = new();
    private long _seq;

    public CallRecord Add(string hub, string connectionId, string method, IEnumerable<object?> args)
    {
        var loggable = args.Where(a => a is not CancellationToken).ToArray();
        JsonElement element;
        try
        {
            element = JsonSerializer.SerializeToElement(loggable, _json);
        }
        catch (Exception e) when (e is NotSupportedException or JsonException)
        {
            element = JsonSerializer.SerializeToElement(loggable.Select(a => a?.ToString()).ToArray(), _json);
        }
        lock (_records)
        {
            var record = new CallRecord(++_seq, DateTime.UtcNow, hub, connectionId, method, element, null);
            _records.AddLast(record);
            while (_records.Count > _capacity) _records.RemoveFirst();
            return record;
        }
    }

    public void MarkFailed(CallRecord record, string error)
    {
        lock (_records)
        {
            var node = _records.FindLast(record);
            if (node is not null) node.Value = record with { Error = error };
        }
    }

    public IReadOnlyList<CallRecord> Snapshot(string? connectionId = null, string? hub = null)
    {
        lock (_records)
            return _records
                .Where(r => (connectionId is null || r.ConnectionId == connectionId) && (hub is null || r.Hub == hub))
                .ToList();
    }

    public void Clear()
    {
        lock (_records) _records.Clear();
    }
}
