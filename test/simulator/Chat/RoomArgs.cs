namespace RxHub.Simulator.Chat;

/// <summary>Argument of ChatHub JoinRoom and LeaveRoom: <c>{ room }</c>.</summary>
public sealed class RoomArgs
{
    public string? Room { get; set; }
}
