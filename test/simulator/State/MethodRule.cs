namespace RxHub.Simulator.State;

/// <summary>A rule about calls of one hub method (any hub when <c>Hub</c> is null); <c>Remaining</c> null means every call.</summary>
public abstract record MethodRule(string? Hub, string Method, int? Remaining);
