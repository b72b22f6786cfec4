using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Definitions;
using ServerlessJobs.Resources;
using ServerlessJobs.Runs;
using ServerlessJobs.Triggers;
using ServerlessJobs.V1Alpha1;

namespace ServerlessJobs.Api;

/// <summary>
/// Every endpoint of the API in one table. The self-host maps each entry; the Functions app declares one HTTP trigger
/// per entry with the same name, method and template (a test compares the two).
/// </summary>
public static class ApiRoutes
{
    /// <summary>The v1alpha2 base path, without a leading slash.</summary>
    public const string V1Alpha2 = "serverless-jobs/v1alpha2/regions/{region}";

    public const string JobDefinitions = V1Alpha2 + "/job-definitions";
    public const string JobDefinition = JobDefinitions + "/{job_definition_id}";
    public const string StartJobDefinition = JobDefinition + "/start";
    public const string JobRuns = V1Alpha2 + "/job-runs";
    public const string JobRun = JobRuns + "/{job_run_id}";
    public const string StopJobRun = JobRun + "/stop";
    public const string JobRunLogs = JobRun + "/logs";
    public const string JobResources = V1Alpha2 + "/job-resources";
    public const string JobLimits = V1Alpha2 + "/job-limits";
    public const string Triggers = V1Alpha2 + "/triggers";
    public const string Trigger = Triggers + "/{trigger_id}";

    /// <summary>The routes both hosts serve: v1alpha2's, then <see cref="V1Alpha1Routes.All"/>.</summary>
    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        Route<JobDefinitionsEndpoints>("CreateJobDefinition", "POST", JobDefinitions, e => e.CreateAsync),
        Route<JobDefinitionsEndpoints>("ListJobDefinitions", "GET", JobDefinitions, e => e.ListAsync),
        Route<JobDefinitionsEndpoints>("GetJobDefinition", "GET", JobDefinition, e => e.GetAsync),
        Route<JobDefinitionsEndpoints>("UpdateJobDefinition", "PATCH", JobDefinition, e => e.UpdateAsync),
        Route<JobDefinitionsEndpoints>("DeleteJobDefinition", "DELETE", JobDefinition, e => e.DeleteAsync),
        Route<JobRunsEndpoints>("StartJobDefinition", "POST", StartJobDefinition, e => e.StartAsync),
        Route<JobRunsEndpoints>("ListJobRuns", "GET", JobRuns, e => e.ListAsync),
        Route<JobRunsEndpoints>("GetJobRun", "GET", JobRun, e => e.GetAsync),
        Route<JobRunsEndpoints>("StopJobRun", "POST", StopJobRun, e => e.StopAsync),
        Route<JobRunsEndpoints>("GetJobRunLogs", "GET", JobRunLogs, e => e.LogsAsync),
        Route<JobResourcesEndpoints>("ListJobResources", "GET", JobResources, e => e.ListResourcesAsync),
        Route<JobResourcesEndpoints>("GetJobLimits", "GET", JobLimits, e => e.GetLimitsAsync),
        Route<TriggersEndpoints>("CreateTrigger", "POST", Triggers, e => e.CreateAsync),
        Route<TriggersEndpoints>("ListTriggers", "GET", Triggers, e => e.ListAsync),
        Route<TriggersEndpoints>("GetTrigger", "GET", Trigger, e => e.GetAsync),
        Route<TriggersEndpoints>("UpdateTrigger", "PATCH", Trigger, e => e.UpdateAsync),
        Route<TriggersEndpoints>("DeleteTrigger", "DELETE", Trigger, e => e.DeleteAsync),
        .. V1Alpha1Routes.All,
    ];

    /// <summary>The route named <paramref name="name"/>.</summary>
    public static ApiRoute Named(string name) => All.Single(r => r.Name == name);

    /// <summary>A route whose handler is a method of the <typeparamref name="TEndpoints"/> singleton.</summary>
    internal static ApiRoute Route<TEndpoints>(
        string name, string method, string template, Func<TEndpoints, ApiHandler> handler)
        where TEndpoints : notnull =>
        new(name, method, template, call => handler(call.Http.RequestServices.GetRequiredService<TEndpoints>())(call));
}
