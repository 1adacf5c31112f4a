using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace RxHub.Simulator.Auth;

/// <summary>
/// Client credentials, issued tokens (opaque random strings kept in memory) and revocations. With TokenFile set, the
/// tokens and revocations are also written there and read back at startup, so a restarted simulator (a transport drop
/// in a test) still accepts the tokens its clients hold, as a real server with signed tokens would.
/// </summary>
public sealed class TokenStore
{
    private readonly Dictionary<string, string> _clients;
    private readonly TimeSpan _lifetime;
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new();
    private readonly ConcurrentDictionary<string, bool> _revoked = new();
    private readonly string? _file;

    public TokenStore(IOptions<SimulatorOptions> options)
    {
        _file = string.IsNullOrWhiteSpace(options.Value.TokenFile) ? null : options.Value.TokenFile;
        _lifetime = TimeSpan.FromSeconds(Math.Max(1, options.Value.TokenLifetimeSeconds));
        _clients = SimulatorOptions
            .Split(options.Value.Clients)
            .Select(pair => pair.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1]);
        Load();
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
        Save();
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
        Save();
        return n;
    }

    public bool Revoke(string clientId)
    {
        _revoked[clientId] = true;
        Save();
        return _clients.ContainsKey(clientId);
    }

    public void ClearRevocations()
    {
        _revoked.Clear();
        Save();
    }

    public IReadOnlyList<string> ClientIds => _clients.Keys.ToList();

    private void Load()
    {
        if (_file is null || !File.Exists(_file)) return;
        var saved = JsonSerializer.Deserialize<Saved>(File.ReadAllText(_file));
        foreach (var token in saved?.Tokens ?? []) _tokens[token.Token] = token;
        foreach (var client in saved?.Revoked ?? []) _revoked[client] = true;
    }

    private void Save()
    {
        if (_file is null) return;
        lock (_tokens)
        {
            var now = DateTime.UtcNow.AddMinutes(-5);
            var saved = new Saved(_tokens.Values.Where(t => t.ExpiresAt > now).ToList(), _revoked.Keys.ToList());
            File.WriteAllText(_file, JsonSerializer.Serialize(saved));
        }
    }

    private sealed record Saved(List<IssuedToken> Tokens, List<string> Revoked);
}
