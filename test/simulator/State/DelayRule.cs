namespace RxHub.Simulator.State;

/// <summary>Holds a hub method for <c>DelayMs</c> before it runs; <c>Remaining</c> null means every call.</summary>
public sealed record DelayRule(string? Hub, string Method, int DelayMs, int? Remaining) : MethodRule(Hub, Method, Remaining);
