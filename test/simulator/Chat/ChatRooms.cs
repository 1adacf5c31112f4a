namespace RxHub.Simulator.Chat;

/// <summary>Who is in which chat room (for OnPresence), and the message ids. Guarded by one lock.</summary>
public sealed class ChatRooms
{
    private readonly Dictionary<string, SortedSet<string>> _rooms = new(StringComparer.Ordinal);
    private long _lastId;

    public string NextId() => Interlocked.Increment(ref _lastId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Adds or removes a connection; returns the room's members after the change.</summary>
    public IReadOnlyList<string> Set(string room, string connectionId, bool member)
    {
        lock (_rooms)
        {
            if (!_rooms.TryGetValue(room, out var users)) _rooms[room] = users = new SortedSet<string>(StringComparer.Ordinal);
            if (member) users.Add(connectionId);
            else users.Remove(connectionId);
            if (users.Count == 0) _rooms.Remove(room);
            return [.. users];
        }
    }

    /// <summary>Removes a connection from every room; returns each room it left with the members left behind.</summary>
    public IReadOnlyList<Presence> LeaveAll(string connectionId)
    {
        lock (_rooms)
        {
            var left = _rooms.Where(r => r.Value.Contains(connectionId)).Select(r => r.Key).ToList();
            return left.Select(room => new Presence(room, Set(room, connectionId, false))).ToList();
        }
    }
}
