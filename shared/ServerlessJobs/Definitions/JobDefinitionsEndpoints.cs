using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ServerlessJobs.Api;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Storage;
using ServerlessJobs.Validation;

namespace ServerlessJobs.Definitions;

/// <summary>The job definition endpoints: create, get, list, update and delete.</summary>
public sealed partial class JobDefinitionsEndpoints(
    JobDefinitionStore store, IEnumerable<IJobDefinitionDeletionGuard> deletionGuards,
    IEnumerable<IJobDefinitionChangeObserver> observers, TimeProvider time, ILogger<JobDefinitionsEndpoints> logger)
{
    /// <summary>The resource name errors use.</summary>
    public const string Resource = "job_definition";

    /// <summary><c>POST /job-definitions</c>.</summary>
    public async Task<IResult> CreateAsync(ApiCall call) =>
        ApiDispatcher.Json(await CreateAsync(call, await call.ReadBodyAsync<CreateJobDefinitionRequest>()));

    /// <summary>Checks and stores the definition <paramref name="request"/> describes.</summary>
    public async Task<JobDefinition> CreateAsync(ApiCall call, CreateJobDefinitionRequest request)
    {
        var errors = new ArgumentErrors();
        var projectId = RouteIds.Project(call.Caller, request.ProjectId, Resource, errors);
        var now = time.GetUtcNow();
        var id = TimeOrderedId.Shared.Next(now).ToString();
        var definition = JobDefinitionChanges.Create(request, id, projectId, call.Region, now);
        JobDefinitionRules.Check(definition, errors);
        errors.ThrowIfAny();

        await store.CreateAsync(definition, call.Aborted);
        await NotifyAsync(null, definition, call.Aborted);
        LogCreated(logger, definition.Id, definition.Name, projectId);
        return definition;
    }

    /// <summary><c>GET /job-definitions/{job_definition_id}</c>.</summary>
    public async Task<IResult> GetAsync(ApiCall call) => ApiDispatcher.Json(await FindAsync(call));

    /// <summary><c>GET /job-definitions</c> with page, page_size, order_by, project_id and organization_id.</summary>
    public async Task<IResult> ListAsync(ApiCall call) => ApiDispatcher.Json(await ListPageAsync(call));

    /// <summary>The page of the caller's definitions the query asks for.</summary>
    public async Task<ListJobDefinitionsResponse> ListPageAsync(ApiCall call)
    {
        var errors = new ArgumentErrors();
        var page = ListQuery.Page(call, errors);
        var projectId = ListQuery.Uuid(call, "project_id", errors);
        var organizationId = ListQuery.Uuid(call, "organization_id", errors);
        errors.ThrowIfAny();

        if (!RouteIds.CallerInScope(call.Caller, projectId, organizationId))
        {
            return new ListJobDefinitionsResponse([], 0);
        }

        var (definitions, total) = await store.ListAsync(call.Caller.ProjectId, call.Region, page, call.Aborted);
        return new ListJobDefinitionsResponse(definitions, (ulong)total);
    }

    /// <summary><c>PATCH /job-definitions/{job_definition_id}</c>: only the fields given change.</summary>
    public async Task<IResult> UpdateAsync(ApiCall call) =>
        ApiDispatcher.Json(await UpdateAsync(call, await call.ReadBodyAsync<UpdateJobDefinitionRequest>()));

    /// <summary>Applies <paramref name="update"/> to the caller's definition in the path.</summary>
    public async Task<JobDefinition> UpdateAsync(ApiCall call, UpdateJobDefinitionRequest update)
    {
        var id = RouteIds.Require(call, "job_definition_id");

        JobDefinition? before = null;
        var updated = await store.UpdateAsync(call.Caller.ProjectId, id, current =>
        {
            if (current.Region != call.Region)
            {
                throw ScalewayException.NotFound(Resource, id);
            }

            before = current;
            var changed = JobDefinitionChanges.Apply(current, update, time.GetUtcNow());
            var errors = new ArgumentErrors();
            JobDefinitionRules.Check(changed, errors);
            errors.ThrowIfAny();
            return changed;
        }, call.Aborted) ?? throw ScalewayException.NotFound(Resource, id);

        await NotifyAsync(before, updated, call.Aborted);
        LogUpdated(logger, id, call.Caller.ProjectId);
        return updated;
    }

    /// <summary><c>DELETE /job-definitions/{job_definition_id}</c>: 204, or 403 while a run is still going.</summary>
    public async Task<IResult> DeleteAsync(ApiCall call)
    {
        var definition = await FindAsync(call);
        foreach (var guard in deletionGuards)
        {
            await guard.BeforeDeleteAsync(definition, call.Aborted);
        }

        if (!await store.DeleteAsync(definition.ProjectId, definition.Id, call.Aborted))
        {
            throw ScalewayException.NotFound(Resource, definition.Id);
        }

        await NotifyAsync(definition, null, call.Aborted);
        LogDeleted(logger, definition.Id, definition.ProjectId);
        return Results.NoContent();
    }

    /// <summary>The caller's definition named in the path, or a 404.</summary>
    public async Task<JobDefinition> FindAsync(ApiCall call) =>
        await FindAsync(call, RouteIds.Require(call, "job_definition_id"));

    /// <summary>The caller's definition <paramref name="id"/> in the call's region, or a 404.</summary>
    public async Task<JobDefinition> FindAsync(ApiCall call, string id) =>
        await store.GetAsync(call.Caller.ProjectId, id, call.Aborted) is { } definition && definition.Region == call.Region
            ? definition
            : throw ScalewayException.NotFound(Resource, id);

    private async Task NotifyAsync(JobDefinition? before, JobDefinition? after, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.ChangedAsync(before, after, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Job definition {JobDefinitionId} ({Name}) created in project {ProjectId}")]
    private static partial void LogCreated(ILogger logger, string jobDefinitionId, string name, string projectId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Job definition {JobDefinitionId} updated in project {ProjectId}")]
    private static partial void LogUpdated(ILogger logger, string jobDefinitionId, string projectId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information,
        Message = "Job definition {JobDefinitionId} deleted from project {ProjectId}")]
    private static partial void LogDeleted(ILogger logger, string jobDefinitionId, string projectId);
}
