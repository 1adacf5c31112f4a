namespace RxHub.Simulator.State;

/// <summary>Started, active, completed (ended by the server) and canceled (by the client or a disconnect) streams of one method.</summary>
public sealed record StreamCounter(int Started, int Active, int Completed, int Canceled);
