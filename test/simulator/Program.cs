// rxhub's test peer: an ASP.NET Core SignalR server that plays the CPlugin WebAPI realtime hubs (Test, MT4, MT5).
// It is for tests, demos and benchmarks on loopback. It is not for production. See README.md.
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.SignalR;
using RxHub.Simulator;
using RxHub.Simulator.Admin;
using RxHub.Simulator.Auth;
using RxHub.Simulator.Chat;
using RxHub.Simulator.Hubs;
using RxHub.Simulator.Market;
using RxHub.Simulator.Pumps;
using RxHub.Simulator.State;
using RxHub.Simulator.Transport;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// Quiet: warnings only, but keep the host's "Now listening on: http://127.0.0.1:PORT" line, which the harness reads.
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error); // in-memory keys are fine here

// Every TCP connection gets a gate, so /admin/stall can make one hang without closing it.
builder.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(Stalls.Install));

builder.Services.Configure<SimulatorOptions>(builder.Configuration.GetSection(SimulatorOptions.Section));
var simulator = builder.Configuration.GetSection(SimulatorOptions.Section).Get<SimulatorOptions>() ?? new SimulatorOptions();

builder.Services.AddAuthentication(TokenAuthenticationHandler.SchemeName)
    .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
builder.Services.AddAuthorization();
// Browsers on a loopback page (the Angular example's e2e) call the token endpoint and negotiate cross-origin.
builder.Services.AddCors(o => o.AddDefaultPolicy(p => p
    .SetIsOriginAllowed(origin => Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.IsLoopback)
    .AllowAnyHeader().AllowAnyMethod().AllowCredentials()));

builder.Services
    .AddSignalR(o =>
    {
        o.EnableDetailedErrors = true;
        o.KeepAliveInterval = TimeSpan.FromSeconds(simulator.KeepAliveSeconds);
        o.ClientTimeoutInterval = TimeSpan.FromSeconds(simulator.ClientTimeoutSeconds);
        o.AddFilter<SimulatorHubFilter>();
    })
    .AddHubOptions<ChatHub>(o =>
    {
        o.KeepAliveInterval = TimeSpan.FromMilliseconds(simulator.ChatKeepAliveMs);
        o.MaximumReceiveMessageSize = simulator.ChatMaxMessageBytes;
        o.MaximumParallelInvocationsPerClient = simulator.ChatParallelInvocations;
    })
    .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
    // MessagePack beside JSON on every hub, with its default resolver, as a real server has it: names as declared
    // in C# (PascalCase) and DateTimes as MessagePack timestamps. The client chooses in the handshake.
    .AddMessagePackProtocol();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

foreach (var type in new[]
{
    typeof(TokenStore), typeof(ConnectionRegistry), typeof(CallLog), typeof(FailRules), typeof(DelayRules), typeof(StreamTracker),
    typeof(RuntimeSettings), typeof(SymbolCatalog), typeof(PriceBook), typeof(TickReplay), typeof(TickSource),
    typeof(OhlcAggregator), typeof(MarginBook), typeof(PayloadFactory), typeof(HubClientsResolver), typeof(SimulatorHubFilter), typeof(ChatRooms), typeof(Stalls),
})
    builder.Services.AddSingleton(type);
builder.Services.AddHostedService<ClockPump>();
builder.Services.AddHostedService<TickPump>();
builder.Services.AddHostedService<OhlcPump>();
builder.Services.AddHostedService<PlatformEventPump>();

var app = builder.Build();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/", () => Results.Json(new
{
    name = "rxhub simulator (test peer, not for production)",
    hubs = HubNames.All.Select(HubNames.Route),
    token = "/connect/token",
    admin = "/admin/info",
}));
app.MapTokenEndpoint();
app.MapHub<TestHub>(HubNames.Route(HubNames.Test), o => o.AllowStatefulReconnects = true);
app.MapHub<Mt4Hub>(HubNames.Route(HubNames.Mt4), o => o.AllowStatefulReconnects = true).RequireAuthorization();
app.MapHub<Mt5Hub>(HubNames.Route(HubNames.Mt5), o => o.AllowStatefulReconnects = true).RequireAuthorization();
app.MapHub<ChatHub>(HubNames.Route(HubNames.Chat), o => o.AllowStatefulReconnects = true);
app.MapHub<BrokenHub>("/hubs/broken/v1");
app.MapAdminEndpoints();

// Fail fast on a bad CSV or symbol list rather than at the first subscription.
app.Services.GetRequiredService<TickReplay>();
app.Run();
