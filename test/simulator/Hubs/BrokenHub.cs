using Microsoft.AspNetCore.SignalR;

namespace RxHub.Simulator.Hubs;

/// <summary>A service that nothing registers.</summary>
public interface IUnregisteredService
{
    string Name { get; }
}

/// <summary>
/// /hubs/broken/v1, no authentication: a hub the server cannot create, since its constructor needs a service that
/// is not registered. The handshake succeeds; then the server closes every connection with an error ("Unable to
/// resolve service for type …") and tells the client not to reconnect. Clients' handling of a refusing server is
/// tested against it.
/// </summary>
public sealed class BrokenHub(IUnregisteredService service) : Hub
{
    public string Ping() => service.Name;
}
