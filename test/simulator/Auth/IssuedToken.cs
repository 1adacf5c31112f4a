namespace RxHub.Simulator.Auth;

/// <summary>An opaque bearer token the simulator has issued, and until when it is good.</summary>
public sealed record IssuedToken(string Token, string ClientId, DateTime ExpiresAt);
