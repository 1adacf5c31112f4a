namespace RxHub.Simulator.Chat;

/// <summary>Argument of ChatHub Post and PostConfirmed, and of the client result ConfirmPost: <c>{ room, text }</c>.</summary>
public sealed class PostArgs
{
    public string? Room { get; set; }
    public string? Text { get; set; }
}
