namespace RxHub.Simulator.Auth;

/// <summary>POST /connect/token: the OAuth 2.0 client-credentials grant, with form fields.</summary>
public static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/connect/token", async (HttpRequest request, TokenStore tokens) =>
        {
            if (!request.HasFormContentType)
                return Error(400, "invalid_request", "send application/x-www-form-urlencoded fields");
            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "client_credentials")
                return Error(400, "unsupported_grant_type", "only grant_type=client_credentials is supported");
            var issued = tokens.Issue(form["client_id"].ToString(), form["client_secret"].ToString());
            if (issued is null) return Error(401, "invalid_client", "unknown client, wrong secret or revoked client");
            return Results.Json(new Dictionary<string, object>
            {
                ["access_token"] = issued.Token,
                ["token_type"] = "Bearer",
                ["expires_in"] = (int)tokens.Lifetime.TotalSeconds,
            });
        });

    private static IResult Error(int status, string error, string description) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);
}
