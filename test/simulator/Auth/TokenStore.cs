using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace RxHub.Simulator.Auth;

/// <summary>Client credentials, issued tokens (opaque random strings kept in memory) and revocations.</summary>
public sealed class TokenStore
{
    private readonly Dictionary<string, string> _clients;
    private readonly TimeSpan _lifetime;
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new();
    private readonly ConcurrentDictionary<string, bool> _revoked = new();

    public TokenStore(IOptions<SimulatorOptions> options)
    {
        _lifetime = TimeSpan.FromSeconds(Math.Max(1, options.Value.TokenLifetimeSeconds));
        _clients = SimulatorOptions
            .Split(options.Value.Clients)
            .Select(pair => pair.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1]);
    }

    public TimeSpan Lifetime => _lifetime;

    /// <summary>A new token for valid, unrevoked credentials; null otherwise.</summary>
    public IssuedToken? Issue(string clientId, string clientSecret)
    {
        if (!_clients.TryGetValue(clientId, out var secret) || secret != clientSecret || _revoked.ContainsKey(clientId))
            return null;
        var token = new IssuedToken(
            Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant(),
            clientId,
            DateTime.UtcNow + _lifetime);
        _tokens[token.Token] = token;
        return token;
    }

    /// <summary>The token if it was issued here, has not expired and its client is not revoked.</summary>
    public IssuedToken? Validate(string token) =>
        _tokens.TryGetValue(token, out var issued) && issued.ExpiresAt > DateTime.UtcNow && !_revoked.ContainsKey(issued.ClientId)
            ? issued
            : null;

    /// <summary>Every issued token expires now.</summary>
    public int ExpireAll()
    {
        var now = DateTime.UtcNow;
        var n = 0;
        foreach (var (key, token) in _tokens)
        {
            if (token.ExpiresAt > now) n++;
            _tokens[key] = token with { ExpiresAt = now };
        }
        return n;
    }

    public bool Revoke(string clientId)
    {
        _revoked[clientId] = true;
        return _clients.ContainsKey(clientId);
    }

    public void ClearRevocations() => _revoked.Clear();

    public IReadOnlyList<string> ClientIds => _clients.Keys.ToList();
}
