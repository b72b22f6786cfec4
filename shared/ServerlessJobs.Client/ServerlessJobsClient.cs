using Microsoft.Extensions.Options;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Client;

/// <summary>
/// The Serverless Jobs API with the region (and, for new job definitions, the project) taken from
/// <see cref="ServerlessJobsClientOptions"/>, and paginators that walk every page of a list.
/// </summary>
public sealed class ServerlessJobsClient
{
    /// <summary>The page size the paginators ask for unless told otherwise.</summary>
    public const uint DefaultPageSize = 100;

    /// <summary>A client over <paramref name="api"/> with the defaults of <paramref name="options"/>.</summary>
    public ServerlessJobsClient(IServerlessJobsApi api, IOptions<ServerlessJobsClientOptions> options)
        : this(api, (options ?? throw new ArgumentNullException(nameof(options))).Value.DefaultRegion,
            options.Value.DefaultProjectId)
    {
    }

    /// <summary>A client over <paramref name="api"/> for <paramref name="region"/> and an optional project.</summary>
    public ServerlessJobsClient(IServerlessJobsApi api, string region, string? defaultProjectId = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        Api = api;
        Region = region;
        DefaultProjectId = defaultProjectId;
    }

    /// <summary>The raw API, one method per endpoint, for what this class does not cover.</summary>
    public IServerlessJobsApi Api { get; }

    /// <summary>The region every request of this client goes to.</summary>
    public string Region { get; }

    /// <summary>The project of new job definitions whose request names none.</summary>
    public string? DefaultProjectId { get; }

    /// <summary>The same client aimed at another region.</summary>
    public ServerlessJobsClient ForRegion(string region) => new(Api, region, DefaultProjectId);

    /// <summary>Creates a job definition, in <see cref="DefaultProjectId"/> when the request names none.</summary>
    public Task<JobDefinition> CreateJobDefinitionAsync(
        CreateJobDefinitionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var withProject = request.ProjectId is null ? request with { ProjectId = DefaultProjectId } : request;
        return Api.CreateJobDefinitionAsync(Region, withProject, cancellationToken);
    }

    /// <summary>Gets a job definition by id.</summary>
    public Task<JobDefinition> GetJobDefinitionAsync(
        string jobDefinitionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobDefinitionId);
        return Api.GetJobDefinitionAsync(Region, jobDefinitionId, cancellationToken);
    }

    /// <summary>Lists one page of job definitions; project and organization filters are off unless given.</summary>
    public Task<ListJobDefinitionsResponse> ListJobDefinitionsAsync(
        int? page = null, uint? pageSize = null, ListOrderBy? orderBy = null, string? projectId = null,
        string? organizationId = null, CancellationToken cancellationToken = default) =>
        Api.ListJobDefinitionsAsync(Region, page, pageSize, orderBy, projectId, organizationId, cancellationToken);

    /// <summary>Every job definition matching the filters, fetched page by page as the caller iterates.</summary>
    public IAsyncEnumerable<JobDefinition> ListAllJobDefinitionsAsync(
        ListOrderBy? orderBy = null, string? projectId = null, string? organizationId = null,
        uint pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(pageSize);
        return Paginator.WalkAsync<JobDefinition>(async (page, token) =>
        {
            var response = await Api.ListJobDefinitionsAsync(
                Region, page, pageSize, orderBy, projectId, organizationId, token);
            return (response.JobDefinitions, response.TotalCount);
        }, cancellationToken);
    }

    /// <summary>Changes the fields of a job definition that the request sets.</summary>
    public Task<JobDefinition> UpdateJobDefinitionAsync(
        string jobDefinitionId, UpdateJobDefinitionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobDefinitionId);
        ArgumentNullException.ThrowIfNull(request);
        return Api.UpdateJobDefinitionAsync(Region, jobDefinitionId, request, cancellationToken);
    }

    /// <summary>Deletes a job definition.</summary>
    public Task DeleteJobDefinitionAsync(string jobDefinitionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobDefinitionId);
        return Api.DeleteJobDefinitionAsync(Region, jobDefinitionId, cancellationToken);
    }

    /// <summary>Starts a job definition with this start's overrides, if any; one job run per replica.</summary>
    public Task<StartJobDefinitionResponse> StartJobDefinitionAsync(
        string jobDefinitionId, StartJobDefinitionRequest? request = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobDefinitionId);
        return Api.StartJobDefinitionAsync(Region, jobDefinitionId, request ?? new(), cancellationToken);
    }

    /// <summary>Gets a job run by id.</summary>
    public Task<JobRun> GetJobRunAsync(string jobRunId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobRunId);
        return Api.GetJobRunAsync(Region, jobRunId, cancellationToken);
    }

    /// <summary>Lists one page of job runs, optionally of one job definition and in given states or reasons.</summary>
    public Task<ListJobRunsResponse> ListJobRunsAsync(
        string? jobDefinitionId = null, IEnumerable<JobRunState>? states = null,
        IEnumerable<JobRunReason>? reasons = null, int? page = null, uint? pageSize = null,
        ListOrderBy? orderBy = null, string? projectId = null, string? organizationId = null,
        CancellationToken cancellationToken = default) =>
        Api.ListJobRunsAsync(Region, page, pageSize, orderBy, jobDefinitionId, projectId, organizationId,
            state: null, states, reasons, cancellationToken);

    /// <summary>Every job run matching the filters, fetched page by page as the caller iterates.</summary>
    public IAsyncEnumerable<JobRun> ListAllJobRunsAsync(
        string? jobDefinitionId = null, IEnumerable<JobRunState>? states = null,
        IEnumerable<JobRunReason>? reasons = null, ListOrderBy? orderBy = null, string? projectId = null,
        string? organizationId = null, uint pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(pageSize);
        var stateList = states?.ToArray();
        var reasonList = reasons?.ToArray();
        return Paginator.WalkAsync<JobRun>(async (page, token) =>
        {
            var response = await Api.ListJobRunsAsync(Region, page, pageSize, orderBy, jobDefinitionId, projectId,
                organizationId, state: null, stateList, reasonList, token);
            return (response.JobRuns, response.TotalCount);
        }, cancellationToken);
    }

    /// <summary>Asks a job run to stop.</summary>
    public Task<JobRun> StopJobRunAsync(string jobRunId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobRunId);
        return Api.StopJobRunAsync(Region, jobRunId, cancellationToken);
    }

    /// <summary>Extension: stdout and stderr of one attempt of a job run (from 1; the latest when null).</summary>
    public Task<string> GetJobRunLogsAsync(
        string jobRunId, uint? attempt = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobRunId);
        return Api.GetJobRunLogsAsync(Region, jobRunId, attempt, cancellationToken);
    }

    /// <summary>Attaches Secret Manager secrets to a job definition.</summary>
    public Task<CreateSecretsResponse> CreateSecretsAsync(
        CreateSecretsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Api.CreateSecretsAsync(Region, request, cancellationToken);
    }

    /// <summary>Gets a secret reference by id.</summary>
    public Task<Secret> GetSecretAsync(string secretId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(secretId);
        return Api.GetSecretAsync(Region, secretId, cancellationToken);
    }

    /// <summary>Lists the secret references of a job definition.</summary>
    public Task<ListSecretsResponse> ListSecretsAsync(
        string jobDefinitionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobDefinitionId);
        return Api.ListSecretsAsync(Region, jobDefinitionId, cancellationToken);
    }

    /// <summary>Changes a secret reference's version, path or variable name.</summary>
    public Task<Secret> UpdateSecretAsync(
        string secretId, UpdateSecretRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(secretId);
        ArgumentNullException.ThrowIfNull(request);
        return Api.UpdateSecretAsync(Region, secretId, request, cancellationToken);
    }

    /// <summary>Detaches a secret from its job definition.</summary>
    public Task DeleteSecretAsync(string secretId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(secretId);
        return Api.DeleteSecretAsync(Region, secretId, cancellationToken);
    }

    /// <summary>Creates a cron trigger for a job definition.</summary>
    public Task<Trigger> CreateTriggerAsync(
        CreateTriggerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Api.CreateTriggerAsync(Region, request, cancellationToken);
    }

    /// <summary>Gets a trigger by id.</summary>
    public Task<Trigger> GetTriggerAsync(string triggerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(triggerId);
        return Api.GetTriggerAsync(Region, triggerId, cancellationToken);
    }

    /// <summary>Lists one page of a job definition's triggers.</summary>
    public Task<ListTriggersResponse> ListTriggersAsync(
        string jobDefinitionId, int? page = null, uint? pageSize = null, ListOrderBy? orderBy = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobDefinitionId);
        return Api.ListTriggersAsync(Region, jobDefinitionId, page, pageSize, orderBy, cancellationToken);
    }

    /// <summary>Every trigger of a job definition, fetched page by page as the caller iterates.</summary>
    public IAsyncEnumerable<Trigger> ListAllTriggersAsync(
        string jobDefinitionId, ListOrderBy? orderBy = null, uint pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobDefinitionId);
        ArgumentOutOfRangeException.ThrowIfZero(pageSize);
        return Paginator.WalkAsync<Trigger>(async (page, token) =>
        {
            var response = await Api.ListTriggersAsync(Region, jobDefinitionId, page, pageSize, orderBy, token);
            return (response.Triggers, response.TotalCount);
        }, cancellationToken);
    }

    /// <summary>Changes the fields of a trigger that the request sets.</summary>
    public Task<Trigger> UpdateTriggerAsync(
        string triggerId, UpdateTriggerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(triggerId);
        ArgumentNullException.ThrowIfNull(request);
        return Api.UpdateTriggerAsync(Region, triggerId, request, cancellationToken);
    }

    /// <summary>Deletes a trigger.</summary>
    public Task DeleteTriggerAsync(string triggerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(triggerId);
        return Api.DeleteTriggerAsync(Region, triggerId, cancellationToken);
    }

    /// <summary>Lists the CPU and memory sizes a job can ask for in the region.</summary>
    public Task<ListJobResourcesResponse> ListJobResourcesAsync(CancellationToken cancellationToken = default) =>
        Api.ListJobResourcesAsync(Region, cancellationToken);

    /// <summary>Gets the limits that apply to job definitions in the region.</summary>
    public Task<JobLimits> GetJobLimitsAsync(CancellationToken cancellationToken = default) =>
        Api.GetJobLimitsAsync(Region, cancellationToken);
}
