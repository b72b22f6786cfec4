using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using ServerlessJobs.Api;

namespace ServerlessJobs.Functions.Http;

/// <summary>The HTTP triggers of the job runs endpoints; each serves the <see cref="ApiRoutes"/> entry of its name.</summary>
public sealed class JobRunFunctions(FunctionsApi api)
{
    [Function("ListJobRuns")]
    public Task<IActionResult> ListJobRuns(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.JobRuns)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("ListJobRuns", request, client, context);

    [Function("GetJobRun")]
    public Task<IActionResult> GetJobRun(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.JobRun)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("GetJobRun", request, client, context);

    [Function("StopJobRun")]
    public Task<IActionResult> StopJobRun(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.StopJobRun)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("StopJobRun", request, client, context);

    [Function("GetJobRunLogs")]
    public Task<IActionResult> GetJobRunLogs(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.JobRunLogs)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("GetJobRunLogs", request, client, context);
}
