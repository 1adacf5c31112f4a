using System.Text.Json;

namespace RxHub.Simulator.State;

/// <summary>One hub invocation as logged for GET /admin/calls.</summary>
public sealed record CallRecord(long Seq, DateTime At, string Hub, string ConnectionId, string Method, JsonElement Args, string? Error);
