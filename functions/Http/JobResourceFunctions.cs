using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using ServerlessJobs.Api;

namespace ServerlessJobs.Functions.Http;

/// <summary>The HTTP triggers of the job resources and limits endpoints; each serves the <see cref="ApiRoutes"/> entry of its name.</summary>
public sealed class JobResourceFunctions(FunctionsApi api)
{
    [Function("ListJobResources")]
    public Task<IActionResult> ListJobResources(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.JobResources)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("ListJobResources", request, client, context);

    [Function("GetJobLimits")]
    public Task<IActionResult> GetJobLimits(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.JobLimits)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("GetJobLimits", request, client, context);
}
