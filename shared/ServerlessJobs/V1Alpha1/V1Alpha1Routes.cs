using ServerlessJobs.Api;
using ServerlessJobs.Definitions;
using ServerlessJobs.Resources;
using static ServerlessJobs.Api.ApiRoutes;

namespace ServerlessJobs.V1Alpha1;

/// <summary>
/// The v1alpha1 endpoints, which the official TypeScript SDK and older tooling call, over the same model and store
/// as v1alpha2. <see cref="ApiRoutes.All"/> includes them; the Functions app declares one trigger per entry.
/// </summary>
public static class V1Alpha1Routes
{
    /// <summary>The v1alpha1 base path, without a leading slash.</summary>
    public const string V1Alpha1 = "serverless-jobs/v1alpha1/regions/{region}";

    public const string JobDefinitions = V1Alpha1 + "/job-definitions";
    public const string JobDefinition = JobDefinitions + "/{job_definition_id}";
    public const string StartJobDefinition = JobDefinition + "/start";
    public const string JobDefinitionSecrets = JobDefinition + "/secrets";
    public const string JobDefinitionSecret = JobDefinitionSecrets + "/{secret_id}";
    public const string JobRuns = V1Alpha1 + "/job-runs";
    public const string JobRun = JobRuns + "/{job_run_id}";
    public const string StopJobRun = JobRun + "/stop";
    public const string JobsResources = V1Alpha1 + "/jobs-resources";
    public const string JobsLimits = V1Alpha1 + "/jobs-limits";

    /// <summary>The v1alpha1 routes; names start with <c>V1Alpha1</c> and are the Azure Functions' too.</summary>
    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        Route<V1Alpha1DefinitionsEndpoints>("V1Alpha1CreateJobDefinition", "POST", JobDefinitions, e => e.CreateAsync),
        Route<V1Alpha1DefinitionsEndpoints>("V1Alpha1ListJobDefinitions", "GET", JobDefinitions, e => e.ListAsync),
        Route<V1Alpha1DefinitionsEndpoints>("V1Alpha1GetJobDefinition", "GET", JobDefinition, e => e.GetAsync),
        Route<V1Alpha1DefinitionsEndpoints>("V1Alpha1UpdateJobDefinition", "PATCH", JobDefinition, e => e.UpdateAsync),
        Route<JobDefinitionsEndpoints>("V1Alpha1DeleteJobDefinition", "DELETE", JobDefinition, e => e.DeleteAsync),
        Route<V1Alpha1RunsEndpoints>("V1Alpha1StartJobDefinition", "POST", StartJobDefinition, e => e.StartAsync),
        Route<V1Alpha1RunsEndpoints>("V1Alpha1ListJobRuns", "GET", JobRuns, e => e.ListAsync),
        Route<V1Alpha1RunsEndpoints>("V1Alpha1GetJobRun", "GET", JobRun, e => e.GetAsync),
        Route<V1Alpha1RunsEndpoints>("V1Alpha1StopJobRun", "POST", StopJobRun, e => e.StopAsync),
        Route<V1Alpha1ResourcesEndpoints>("V1Alpha1ListJobsResources", "GET", JobsResources, e => e.ListAsync),
        Route<JobResourcesEndpoints>("V1Alpha1GetJobsLimits", "GET", JobsLimits, e => e.GetLimitsAsync),
        Secrets("V1Alpha1CreateJobDefinitionSecrets", "POST", JobDefinitionSecrets),
        Secrets("V1Alpha1ListJobDefinitionSecrets", "GET", JobDefinitionSecrets),
        Secrets("V1Alpha1GetJobDefinitionSecret", "GET", JobDefinitionSecret),
        Secrets("V1Alpha1UpdateJobDefinitionSecret", "PATCH", JobDefinitionSecret),
        Secrets("V1Alpha1DeleteJobDefinitionSecret", "DELETE", JobDefinitionSecret),
    ];

    private static ApiRoute Secrets(string name, string method, string template) =>
        Route<V1Alpha1SecretsEndpoints>(name, method, template, e => e.NotImplementedAsync);
}
