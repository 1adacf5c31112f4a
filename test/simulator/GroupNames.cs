namespace RxHub.Simulator;

/// <summary>SignalR group names. Every server-side subscription is a group membership.</summary>
public static class GroupNames
{
    public static string Platform(string platform) => $"platform:{platform}";

    public static string Ticks(string platform, string symbol) => $"ticks:{platform}:{symbol}";

    public static string AllTicks(string platform) => $"allticks:{platform}";

    public static string Symbols(string platform) => $"symbols:{platform}";

    public static string Online(string platform) => $"online:{platform}";

    public static string Room(string room) => $"room:{room}";
}
