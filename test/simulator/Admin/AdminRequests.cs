using System.Text.Json;

namespace RxHub.Simulator.Admin;

/// <summary>POST /admin/abort: every connection, or those of one hub.</summary>
public sealed record AbortRequest(string? Hub);

/// <summary>POST /admin/inject: raw JSON sent as the single argument of an event (or <c>Args</c> as positional arguments).</summary>
public sealed record InjectRequest(string Hub, string Event, JsonElement? Payload, JsonElement[]? Payloads, JsonElement[]? Args, string? ConnectionId);

/// <summary>POST /admin/fail: make a hub method throw a HubException, every time or <c>Count</c> times.</summary>
public sealed record FailRequest(string? Hub, string Method, string? Message, int? Count);

/// <summary>POST /admin/clients/revoke.</summary>
public sealed record RevokeRequest(string ClientId);

/// <summary>POST /admin/tick-rate: interval and/or tick mode (single, batch, mixed).</summary>
public sealed record TickRateRequest(int? IntervalMs, string? Mode);

/// <summary>POST /admin/burst: <c>Count</c> OnTick messages to a symbol's group, as fast as possible (or OnTicks of <c>BatchSize</c>).</summary>
public sealed record BurstRequest(string Platform, string Symbol, int Count, int? BatchSize);

/// <summary>POST /admin/streams/complete: end active streams normally from the server (all, or one method's).</summary>
public sealed record CompleteStreamsRequest(string? Method);

/// <summary>POST /admin/delay: hold a hub method for <c>DelayMs</c> before it runs, every time or <c>Count</c> times.</summary>
public sealed record DelayRequest(string? Hub, string Method, int DelayMs, int? Count);

/// <summary>POST /admin/stall: stop the bytes of one hub connection (by its SignalR connection id) both ways, without closing it.</summary>
public sealed record StallRequest(string ConnectionId);

/// <summary>POST /admin/replay: replay the CSV from <c>OffsetMs</c> into the recording (default 0, its start).</summary>
public sealed record ReplayRequest(long? OffsetMs);
