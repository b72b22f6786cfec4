using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using ServerlessJobs.Api;

namespace ServerlessJobs.Functions.Http;

/// <summary>
/// The HTTP triggers of the triggers endpoints; each serves the <see cref="ApiRoutes"/> entry of its name.
/// </summary>
public sealed class TriggerFunctions(FunctionsApi api)
{
    [Function("CreateTrigger")]
    public Task<IActionResult> CreateTrigger(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Triggers)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("CreateTrigger", request, client, context);

    [Function("ListTriggers")]
    public Task<IActionResult> ListTriggers(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Triggers)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("ListTriggers", request, client, context);

    [Function("GetTrigger")]
    public Task<IActionResult> GetTrigger(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Trigger)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("GetTrigger", request, client, context);

    [Function("UpdateTrigger")]
    public Task<IActionResult> UpdateTrigger(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = ApiRoutes.Trigger)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("UpdateTrigger", request, client, context);

    [Function("DeleteTrigger")]
    public Task<IActionResult> DeleteTrigger(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ApiRoutes.Trigger)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("DeleteTrigger", request, client, context);
}
