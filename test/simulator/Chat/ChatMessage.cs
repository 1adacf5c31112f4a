namespace RxHub.Simulator.Chat;

/// <summary>Payload of the OnMessage event: <c>{ room, id, user, text, sentAt }</c>; <c>user</c> is the poster's connection id.</summary>
public sealed record ChatMessage(string Room, string Id, string User, string Text, DateTime SentAt);
