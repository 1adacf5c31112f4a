namespace RxHub.Simulator.State;

/// <summary>One connection as reported by GET /admin/connections.</summary>
public sealed record ConnectionSnapshot(
    string Id,
    string Hub,
    string? ClientId,
    DateTime ConnectedAt,
    IReadOnlyList<string> Platforms,
    IReadOnlyDictionary<string, int> Subscriptions,
    IReadOnlyList<string> Groups,
    IReadOnlyDictionary<string, int> Streams);
