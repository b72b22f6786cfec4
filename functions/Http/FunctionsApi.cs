using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using ServerlessJobs.Api;
using ServerlessJobs.Functions.Durable;

namespace ServerlessJobs.Functions.Http;

/// <summary>Turns an HTTP trigger invocation into a call of the shared <see cref="ApiDispatcher"/>.</summary>
public sealed class FunctionsApi(ApiDispatcher dispatcher, DurableClientGateway gateway)
{
    /// <summary>Serves the route named <paramref name="routeName"/> for this invocation.</summary>
    public async Task<IActionResult> DispatchAsync(
        string routeName, HttpRequest request, DurableTaskClient client, FunctionContext context)
    {
        gateway.Attach(client);
        var routeValues = context.BindingContext.BindingData
            .Where(p => p.Value is string)
            .ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.OrdinalIgnoreCase);
        var result = await dispatcher.DispatchAsync(ApiRoutes.Named(routeName), request.HttpContext, routeValues);
        return new ResultActionResult(result);
    }

    private sealed class ResultActionResult(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
