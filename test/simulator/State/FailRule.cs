namespace RxHub.Simulator.State;

/// <summary>Makes a hub method throw a HubException; <c>Remaining</c> null means every call.</summary>
public sealed record FailRule(string? Hub, string Method, string Message, int? Remaining) : MethodRule(Hub, Method, Remaining);
