namespace RxHub.Simulator.Chat;

/// <summary>Payload of the OnPresence event: <c>{ room, users }</c>, the connection ids in the room, sorted.</summary>
public sealed record Presence(string Room, IReadOnlyList<string> Users);
