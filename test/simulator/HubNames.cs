namespace RxHub.Simulator;

/// <summary>Short hub names used by the admin endpoints and the call log, and the routes they are mapped to.</summary>
public static class HubNames
{
    public const string Test = "test";
    public const string Mt4 = "mt4";
    public const string Mt5 = "mt5";
    public const string Chat = "chat";

    public static readonly IReadOnlyList<string> All = [Test, Mt4, Mt5, Chat];

    public static string Route(string hub) => $"/hubs/{hub}/v1";

    public static string Of(Type hubType) =>
        hubType.Name switch
        {
            "TestHub" => Test,
            "Mt4Hub" => Mt4,
            "Mt5Hub" => Mt5,
            "ChatHub" => Chat,
            var other => other.ToLowerInvariant(),
        };
}
