using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using ServerlessJobs.V1Alpha1;

namespace ServerlessJobs.Functions.Http;

/// <summary>The v1alpha1 HTTP triggers; each serves the <see cref="V1Alpha1Routes"/> entry of its name.</summary>
public sealed class V1Alpha1Functions(FunctionsApi api)
{
    [Function("V1Alpha1CreateJobDefinition")]
    public Task<IActionResult> V1Alpha1CreateJobDefinition(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = V1Alpha1Routes.JobDefinitions)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1CreateJobDefinition", request, client, context);

    [Function("V1Alpha1ListJobDefinitions")]
    public Task<IActionResult> V1Alpha1ListJobDefinitions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = V1Alpha1Routes.JobDefinitions)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1ListJobDefinitions", request, client, context);

    [Function("V1Alpha1GetJobDefinition")]
    public Task<IActionResult> V1Alpha1GetJobDefinition(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = V1Alpha1Routes.JobDefinition)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1GetJobDefinition", request, client, context);

    [Function("V1Alpha1UpdateJobDefinition")]
    public Task<IActionResult> V1Alpha1UpdateJobDefinition(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = V1Alpha1Routes.JobDefinition)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1UpdateJobDefinition", request, client, context);

    [Function("V1Alpha1DeleteJobDefinition")]
    public Task<IActionResult> V1Alpha1DeleteJobDefinition(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = V1Alpha1Routes.JobDefinition)]
        HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1DeleteJobDefinition", request, client, context);

    [Function("V1Alpha1StartJobDefinition")]
    public Task<IActionResult> V1Alpha1StartJobDefinition(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = V1Alpha1Routes.StartJobDefinition)]
        HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1StartJobDefinition", request, client, context);

    [Function("V1Alpha1ListJobRuns")]
    public Task<IActionResult> V1Alpha1ListJobRuns(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = V1Alpha1Routes.JobRuns)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1ListJobRuns", request, client, context);

    [Function("V1Alpha1GetJobRun")]
    public Task<IActionResult> V1Alpha1GetJobRun(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = V1Alpha1Routes.JobRun)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1GetJobRun", request, client, context);

    [Function("V1Alpha1StopJobRun")]
    public Task<IActionResult> V1Alpha1StopJobRun(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = V1Alpha1Routes.StopJobRun)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1StopJobRun", request, client, context);

    [Function("V1Alpha1ListJobsResources")]
    public Task<IActionResult> V1Alpha1ListJobsResources(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = V1Alpha1Routes.JobsResources)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1ListJobsResources", request, client, context);

    [Function("V1Alpha1GetJobsLimits")]
    public Task<IActionResult> V1Alpha1GetJobsLimits(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = V1Alpha1Routes.JobsLimits)] HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1GetJobsLimits", request, client, context);

    [Function("V1Alpha1CreateJobDefinitionSecrets")]
    public Task<IActionResult> V1Alpha1CreateJobDefinitionSecrets(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = V1Alpha1Routes.JobDefinitionSecrets)]
        HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1CreateJobDefinitionSecrets", request, client, context);

    [Function("V1Alpha1ListJobDefinitionSecrets")]
    public Task<IActionResult> V1Alpha1ListJobDefinitionSecrets(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = V1Alpha1Routes.JobDefinitionSecrets)]
        HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1ListJobDefinitionSecrets", request, client, context);

    [Function("V1Alpha1GetJobDefinitionSecret")]
    public Task<IActionResult> V1Alpha1GetJobDefinitionSecret(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = V1Alpha1Routes.JobDefinitionSecret)]
        HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1GetJobDefinitionSecret", request, client, context);

    [Function("V1Alpha1UpdateJobDefinitionSecret")]
    public Task<IActionResult> V1Alpha1UpdateJobDefinitionSecret(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = V1Alpha1Routes.JobDefinitionSecret)]
        HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1UpdateJobDefinitionSecret", request, client, context);

    [Function("V1Alpha1DeleteJobDefinitionSecret")]
    public Task<IActionResult> V1Alpha1DeleteJobDefinitionSecret(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = V1Alpha1Routes.JobDefinitionSecret)]
        HttpRequest request,
        [DurableClient] DurableTaskClient client, FunctionContext context) =>
        api.DispatchAsync("V1Alpha1DeleteJobDefinitionSecret", request, client, context);
}
