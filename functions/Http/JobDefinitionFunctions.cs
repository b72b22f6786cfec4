using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using ServerlessJobs.Api;

namespace ServerlessJobs.Functions.Http;

/// <summary>The HTTP triggers of the job definitions endpoints; each serves the <see cref="ApiRoutes"/> entry of its name.</summary>
public sealed class JobDefinitionFunctions(FunctionsApi api)
{
    [Function("CreateJobDefinition")]
    public Task<IActionResult> CreateJobDefinition(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.JobDefinitions)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("CreateJobDefinition", request, client, context);

    [Function("ListJobDefinitions")]
    public Task<IActionResult> ListJobDefinitions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.JobDefinitions)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("ListJobDefinitions", request, client, context);

    [Function("GetJobDefinition")]
    public Task<IActionResult> GetJobDefinition(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.JobDefinition)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("GetJobDefinition", request, client, context);

    [Function("UpdateJobDefinition")]
    public Task<IActionResult> UpdateJobDefinition(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = ApiRoutes.JobDefinition)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("UpdateJobDefinition", request, client, context);

    [Function("DeleteJobDefinition")]
    public Task<IActionResult> DeleteJobDefinition(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = ApiRoutes.JobDefinition)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("DeleteJobDefinition", request, client, context);

    [Function("StartJobDefinition")]
    public Task<IActionResult> StartJobDefinition(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.StartJobDefinition)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("StartJobDefinition", request, client, context);
}
