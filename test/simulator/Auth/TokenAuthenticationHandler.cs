using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace RxHub.Simulator.Auth;

/// <summary>
/// Accepts the simulator's opaque tokens from an <c>Authorization: Bearer</c> header (Node WebSockets, negotiate) or
/// from the <c>access_token</c> query string (browsers, Server-Sent Events, long polling).
/// A missing, unknown or expired token gets 401.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenStore tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "SimulatorToken";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = FromHeader() ?? FromQuery();
        if (string.IsNullOrEmpty(token)) return Task.FromResult(AuthenticateResult.NoResult());
        var issued = tokens.Validate(token);
        if (issued is null) return Task.FromResult(AuthenticateResult.Fail("unknown, expired or revoked token"));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, issued.ClientId)], SchemeName);
        var properties = new AuthenticationProperties { ExpiresUtc = issued.ExpiresAt };
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), properties, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    private string? FromHeader()
    {
        var header = Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private string? FromQuery() =>
        Request.Path.StartsWithSegments("/hubs") ? Request.Query["access_token"].ToString() : null;
}
