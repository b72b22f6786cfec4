using Refit;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Client;

/// <summary>
/// The Scaleway Serverless Jobs API v1alpha2, one method per endpoint, plus the run logs extension. Errors surface
/// as <see cref="ScalewayApiException"/>; <see cref="ServerlessJobsClient"/> adds defaults and paging on top.
/// </summary>
public interface IServerlessJobsApi
{
    /// <summary>The path every endpoint starts with.</summary>
    const string BasePath = "/serverless-jobs/v1alpha2/regions/{region}";

    /// <summary>Creates a job definition.</summary>
    [Post(BasePath + "/job-definitions")]
    Task<JobDefinition> CreateJobDefinitionAsync(
        string region, [Body] CreateJobDefinitionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a job definition by id.</summary>
    [Get(BasePath + "/job-definitions/{jobDefinitionId}")]
    Task<JobDefinition> GetJobDefinitionAsync(
        string region, string jobDefinitionId, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of job definitions; <paramref name="page"/> counts from 1.</summary>
    [Get(BasePath + "/job-definitions")]
    Task<ListJobDefinitionsResponse> ListJobDefinitionsAsync(
        string region,
        [AliasAs("page")] int? page = null,
        [AliasAs("page_size")] uint? pageSize = null,
        [AliasAs("order_by")] ListOrderBy? orderBy = null,
        [AliasAs("project_id")] string? projectId = null,
        [AliasAs("organization_id")] string? organizationId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Changes the fields of a job definition that the request sets.</summary>
    [Patch(BasePath + "/job-definitions/{jobDefinitionId}")]
    Task<JobDefinition> UpdateJobDefinitionAsync(
        string region, string jobDefinitionId, [Body] UpdateJobDefinitionRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes a job definition.</summary>
    [Delete(BasePath + "/job-definitions/{jobDefinitionId}")]
    Task DeleteJobDefinitionAsync(
        string region, string jobDefinitionId, CancellationToken cancellationToken = default);

    /// <summary>Starts a job definition: one job run per replica, with this start's overrides.</summary>
    [Post(BasePath + "/job-definitions/{jobDefinitionId}/start")]
    Task<StartJobDefinitionResponse> StartJobDefinitionAsync(
        string region, string jobDefinitionId, [Body] StartJobDefinitionRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Gets a job run by id.</summary>
    [Get(BasePath + "/job-runs/{jobRunId}")]
    Task<JobRun> GetJobRunAsync(string region, string jobRunId, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of job runs matching the filters; <paramref name="page"/> counts from 1.</summary>
    [Get(BasePath + "/job-runs")]
    Task<ListJobRunsResponse> ListJobRunsAsync(
        string region,
        [AliasAs("page")] int? page = null,
        [AliasAs("page_size")] uint? pageSize = null,
        [AliasAs("order_by")] ListOrderBy? orderBy = null,
        [AliasAs("job_definition_id")] string? jobDefinitionId = null,
        [AliasAs("project_id")] string? projectId = null,
        [AliasAs("organization_id")] string? organizationId = null,
        [AliasAs("state")] JobRunState? state = null,
        [AliasAs("states"), Query(CollectionFormat.Multi)] IEnumerable<JobRunState>? states = null,
        [AliasAs("reasons"), Query(CollectionFormat.Multi)] IEnumerable<JobRunReason>? reasons = null,
        CancellationToken cancellationToken = default);

    /// <summary>Asks a job run to stop; it passes through <c>interrupting</c> to <c>interrupted</c>.</summary>
    [Post(BasePath + "/job-runs/{jobRunId}/stop")]
    Task<JobRun> StopJobRunAsync(string region, string jobRunId, CancellationToken cancellationToken = default);

    /// <summary>Extension: the stdout and stderr of one attempt of a job run (the latest when null).</summary>
    /// <remarks>Not part of Scaleway's API: Scaleway itself answers 404.</remarks>
    [Get(BasePath + "/job-runs/{jobRunId}/logs")]
    [Headers("Accept: text/plain")]
    Task<string> GetJobRunLogsAsync(
        string region, string jobRunId, [AliasAs("attempt")] uint? attempt = null,
        CancellationToken cancellationToken = default);

    /// <summary>Attaches Secret Manager secrets to a job definition.</summary>
    [Post(BasePath + "/secrets")]
    Task<CreateSecretsResponse> CreateSecretsAsync(
        string region, [Body] CreateSecretsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a secret reference by id.</summary>
    [Get(BasePath + "/secrets/{secretId}")]
    Task<Secret> GetSecretAsync(string region, string secretId, CancellationToken cancellationToken = default);

    /// <summary>Lists the secret references of a job definition.</summary>
    [Get(BasePath + "/secrets")]
    Task<ListSecretsResponse> ListSecretsAsync(
        string region, [AliasAs("job_definition_id")] string jobDefinitionId,
        CancellationToken cancellationToken = default);

    /// <summary>Changes a secret reference's version, path or variable name.</summary>
    [Patch(BasePath + "/secrets/{secretId}")]
    Task<Secret> UpdateSecretAsync(
        string region, string secretId, [Body] UpdateSecretRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Detaches a secret from its job definition.</summary>
    [Delete(BasePath + "/secrets/{secretId}")]
    Task DeleteSecretAsync(string region, string secretId, CancellationToken cancellationToken = default);

    /// <summary>Creates a trigger that starts a job definition on a cron schedule.</summary>
    [Post(BasePath + "/triggers")]
    Task<Trigger> CreateTriggerAsync(
        string region, [Body] CreateTriggerRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a trigger by id.</summary>
    [Get(BasePath + "/triggers/{triggerId}")]
    Task<Trigger> GetTriggerAsync(string region, string triggerId, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of a job definition's triggers; <paramref name="page"/> counts from 1.</summary>
    [Get(BasePath + "/triggers")]
    Task<ListTriggersResponse> ListTriggersAsync(
        string region,
        [AliasAs("job_definition_id")] string jobDefinitionId,
        [AliasAs("page")] int? page = null,
        [AliasAs("page_size")] uint? pageSize = null,
        [AliasAs("order_by")] ListOrderBy? orderBy = null,
        CancellationToken cancellationToken = default);

    /// <summary>Changes the fields of a trigger that the request sets.</summary>
    [Patch(BasePath + "/triggers/{triggerId}")]
    Task<Trigger> UpdateTriggerAsync(
        string region, string triggerId, [Body] UpdateTriggerRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes a trigger.</summary>
    [Delete(BasePath + "/triggers/{triggerId}")]
    Task DeleteTriggerAsync(string region, string triggerId, CancellationToken cancellationToken = default);

    /// <summary>Lists the CPU and memory sizes a job can ask for in the region.</summary>
    [Get(BasePath + "/job-resources")]
    Task<ListJobResourcesResponse> ListJobResourcesAsync(string region, CancellationToken cancellationToken = default);

    /// <summary>Gets the limits that apply to job definitions in the region.</summary>
    [Get(BasePath + "/job-limits")]
    Task<JobLimits> GetJobLimitsAsync(string region, CancellationToken cancellationToken = default);
}
