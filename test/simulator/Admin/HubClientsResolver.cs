using Microsoft.AspNetCore.SignalR;
using RxHub.Simulator.Hubs;

namespace RxHub.Simulator.Admin;

/// <summary>The <see cref="IHubClients"/> of a hub by its short name (test, mt4, mt5, chat).</summary>
public sealed class HubClientsResolver(IHubContext<TestHub> test, IHubContext<Mt4Hub> mt4, IHubContext<Mt5Hub> mt5, IHubContext<ChatHub> chat)
{
    public IHubClients? For(string? hub) =>
        hub?.ToLowerInvariant() switch
        {
            HubNames.Test => test.Clients,
            HubNames.Mt4 => mt4.Clients,
            HubNames.Mt5 => mt5.Clients,
            HubNames.Chat => chat.Clients,
            _ => null,
        };
}
