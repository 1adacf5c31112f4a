using Microsoft.AspNetCore.SignalR;
using RxHub.Simulator.State;

namespace RxHub.Simulator.Hubs;

/// <summary>
/// Runs around every hub call: keeps the connection registry, logs each invocation (before it runs, so rejected
/// calls are logged too) and applies the delay rules of POST /admin/delay and the fail rules of POST /admin/fail.
/// </summary>
public sealed class SimulatorHubFilter(ConnectionRegistry registry, CallLog calls, FailRules failRules, DelayRules delayRules) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext,
        Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var hub = HubNames.Of(invocationContext.Hub.GetType());
        var method = invocationContext.HubMethodName;
        var record = calls.Add(hub, invocationContext.Context.ConnectionId, method, invocationContext.HubMethodArguments);
        if (delayRules.Match(hub, method) is { } delay) await Task.Delay(delay.DelayMs);
        var failure = failRules.Match(hub, method)?.Message;
        if (failure is not null)
        {
            calls.MarkFailed(record, failure);
            throw new HubException(failure);
        }
        try
        {
            return await next(invocationContext);
        }
        catch (HubException e)
        {
            calls.MarkFailed(record, e.Message);
            throw;
        }
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        registry.Add(HubNames.Of(context.Hub.GetType()), context.Context);
        return next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        try
        {
            await next(context, exception);
        }
        finally
        {
            registry.Remove(context.Context.ConnectionId);
        }
    }
}
