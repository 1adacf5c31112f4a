using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using RxHub.Simulator.Chat;
using RxHub.Simulator.State;

namespace RxHub.Simulator.Hubs;

/// <summary>
/// /hubs/chat/v1, no authentication: a small hub of its own kind, not the vendor's, for the generic API. Methods,
/// a topic (rooms are group memberships, their items arrive on OnMessage), presence, a server-to-client stream, a
/// client-to-server stream and a client result. Its surface is listed in README.md.
/// </summary>
public sealed class ChatHub(IOptions<SimulatorOptions> options, ConnectionRegistry registry, ChatRooms rooms, StreamTracker streams) : Hub
{
    private ConnectionState State => registry.Get(Context.ConnectionId);

    public string Echo(string text) => text;

    /// <summary>Any JSON value back as it came (cloned: the argument's document ends with the invocation).</summary>
    public JsonElement EchoPayload(JsonElement payload) => payload.Clone();

    public Task<string> Post(PostArgs args)
    {
        var (room, text) = Valid(args);
        return Send(room, text);
    }

    public async Task JoinRoom(RoomArgs args)
    {
        var room = Valid(args);
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Room(room));
        State.SetGroup(GroupNames.Room(room), true);
        State.CountSubscription($"JoinRoom {room}", +1);
        await Presence(room, rooms.Set(room, Context.ConnectionId, true));
    }

    public async Task LeaveRoom(RoomArgs args)
    {
        var room = Valid(args);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupNames.Room(room));
        State.SetGroup(GroupNames.Room(room), false);
        State.CountSubscription($"JoinRoom {room}", -1);
        await Presence(room, rooms.Set(room, Context.ConnectionId, false));
    }

    /// <summary>Counts the lines the client streams to the server, once the client completes its stream.</summary>
    public async Task<int> UploadLines(IAsyncEnumerable<string> lines)
    {
        var count = 0;
        await foreach (var _ in lines) count++;
        return count;
    }

    /// <summary>Yields from, from − 1, …, 1, one every delayMs; canceled by the client or by POST /admin/streams/complete.</summary>
    public IAsyncEnumerable<int> Countdown(int from, int delayMs, CancellationToken cancellationToken)
    {
        if (from < 0) throw new HubException($"Countdown needs from ≥ 0, got {from}");
        if (delayMs < 0) throw new HubException($"Countdown needs delayMs ≥ 0, got {delayMs}");
        return Count(State, from, delayMs, cancellationToken);
    }

    /// <summary>
    /// Asks the caller ConfirmPost({ room, text }) → bool (a client result) and posts only when it answers true:
    /// the message id, or null. A client that throws, or does not answer within ClientResultTimeoutMs, fails the call.
    /// </summary>
    public async Task<string?> PostConfirmed(PostArgs args)
    {
        var (room, text) = Valid(args);
        var timeoutMs = options.Value.ClientResultTimeoutMs;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Context.ConnectionAborted);
        timeout.CancelAfter(timeoutMs);
        bool confirmed;
        try
        {
            confirmed = await Clients.Caller.InvokeAsync<bool>("ConfirmPost", new PostArgs { Room = room, Text = text }, timeout.Token);
        }
        // SignalR ends a canceled client result with HubException("Invocation canceled by the server.").
        catch (Exception e) when (e is HubException or OperationCanceledException && timeout.IsCancellationRequested && !Context.ConnectionAborted.IsCancellationRequested)
        {
            throw new HubException($"ConfirmPost got no answer from the client within {timeoutMs} ms");
        }
        catch (HubException e)
        {
            throw new HubException($"ConfirmPost failed on the client: {e.Message}");
        }
        return confirmed ? await Send(room, text) : null;
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var presence in rooms.LeaveAll(Context.ConnectionId))
            await Clients.Group(GroupNames.Room(presence.Room)).SendAsync("OnPresence", presence);
        await base.OnDisconnectedAsync(exception);
    }

    private async Task<string> Send(string room, string text)
    {
        var message = new ChatMessage(room, rooms.NextId(), Context.ConnectionId, text, DateTime.UtcNow);
        await Clients.Group(GroupNames.Room(room)).SendAsync("OnMessage", message);
        return message.Id;
    }

    private Task Presence(string room, IReadOnlyList<string> users) =>
        Clients.Group(GroupNames.Room(room)).SendAsync("OnPresence", new Presence(room, users));

    private static string Valid(RoomArgs? args) =>
        string.IsNullOrWhiteSpace(args?.Room) ? throw new HubException("A room is required") : args.Room;

    private static (string Room, string Text) Valid(PostArgs? args) =>
        (Valid(new RoomArgs { Room = args?.Room }), args?.Text ?? throw new HubException("A text is required"));

    private async IAsyncEnumerable<int> Count(
        ConnectionState state,
        int from,
        int delayMs,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (id, complete) = streams.Start(nameof(Countdown), state.Id);
        state.CountStream(nameof(Countdown), +1);
        var completed = false;
        try
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, complete);
            for (var n = from; n > 0 && !either.IsCancellationRequested; n--)
            {
                yield return n;
                if (n > 1) await Delay(delayMs, either.Token);
            }
            cancellationToken.ThrowIfCancellationRequested();
            completed = true;
        }
        finally
        {
            state.CountStream(nameof(Countdown), -1);
            streams.End(id, canceled: !completed);
        }
    }

    /// <summary>Waits; a cancel ends the wait early, and the loop then tells a client's cancel from an admin's complete.</summary>
    private static async Task Delay(int ms, CancellationToken either)
    {
        try
        {
            await Task.Delay(ms, either);
        }
        catch (OperationCanceledException) { }
    }
}
