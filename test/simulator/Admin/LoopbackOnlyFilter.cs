namespace RxHub.Simulator.Admin;

/// <summary>Refuses admin requests from anything but a loopback address with 403.</summary>
public sealed class LoopbackOnlyFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var remote = context.HttpContext.Connection.RemoteIpAddress;
        if (remote is null || !System.Net.IPAddress.IsLoopback(remote))
            return ValueTask.FromResult<object?>(
                Results.Json(new { error = "forbidden", error_description = "admin endpoints answer loopback clients only" }, statusCode: 403));
        return next(context);
    }
}
