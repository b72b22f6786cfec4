using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ServerlessJobs.Api;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Definitions;
using ServerlessJobs.Scheduling;
using ServerlessJobs.Storage;
using ServerlessJobs.Validation;
using WireSchedule = ServerlessJobs.Client.Models.CronSchedule;

namespace ServerlessJobs.Triggers;

/// <summary>
/// The v1alpha2 trigger endpoints: create, get, list (by job definition), update and delete. A trigger starts its
/// definition on its own cron schedule, with its own startup_command and args.
/// </summary>
public sealed class TriggersEndpoints(
    TriggerStore store, JobDefinitionStore definitions, ScheduleIndexer indexer, TimeProvider time,
    ILogger<TriggersEndpoints> logger)
{
    /// <summary>The resource name errors use.</summary>
    public const string Resource = "trigger";

    /// <summary><c>POST /triggers</c>: a trigger of one of the caller's definitions.</summary>
    public async Task<IResult> CreateAsync(ApiCall call)
    {
        var request = await call.ReadBodyAsync<CreateTriggerBody>();
        var errors = new ArgumentErrors();
        var definitionId = DefinitionId(request.JobDefinitionId, errors);
        var now = time.GetUtcNow();
        var id = TimeOrderedId.Shared.Next(now).ToString();
        var trigger = TriggerChanges.Create(request, id, definitionId ?? "", now);
        TriggerRules.Check(trigger, errors);
        errors.ThrowIfAny();

        var projectId = call.Caller.ProjectId;
        await DefinitionInRegionAsync(call, definitionId!);
        await store.CreateAsync(projectId, trigger, call.Aborted);
        await indexer.SyncAsync(ScheduleSource.ForTrigger(projectId, trigger), Schedule(trigger), call.Aborted);

        Log.Created(logger, trigger.Id, trigger.Name, trigger.JobDefinitionId, projectId);
        return ApiDispatcher.Json(trigger);
    }

    /// <summary><c>GET /triggers/{trigger_id}</c>.</summary>
    public async Task<IResult> GetAsync(ApiCall call) => ApiDispatcher.Json(await FindAsync(call));

    /// <summary><c>GET /triggers?job_definition_id=</c> with page, page_size and order_by.</summary>
    public async Task<IResult> ListAsync(ApiCall call)
    {
        var errors = new ArgumentErrors();
        var page = ListQuery.Page(call, errors);
        var definitionId = DefinitionId(call.Query("job_definition_id"), errors);
        errors.ThrowIfAny();

        if (!await IsDefinitionInRegionAsync(call, definitionId!))
        {
            return ApiDispatcher.Json(new ListTriggersResponse([], 0));
        }

        var (triggers, total) = await store.ListAsync(call.Caller.ProjectId, definitionId!, page, call.Aborted);
        return ApiDispatcher.Json(new ListTriggersResponse(triggers, (ulong)total));
    }

    /// <summary><c>PATCH /triggers/{trigger_id}</c>: only the fields given change.</summary>
    public async Task<IResult> UpdateAsync(ApiCall call)
    {
        var id = (await FindAsync(call)).Id;
        var update = await call.ReadBodyAsync<UpdateTriggerRequest>();
        var projectId = call.Caller.ProjectId;

        var updated = await store.UpdateAsync(projectId, id, current =>
        {
            var changed = TriggerChanges.Apply(current, update, time.GetUtcNow());
            var errors = new ArgumentErrors();
            TriggerRules.Check(changed, errors);
            errors.ThrowIfAny();
            return changed;
        }, call.Aborted) ?? throw ScalewayException.NotFound(Resource, id);

        await indexer.SyncAsync(ScheduleSource.ForTrigger(projectId, updated), Schedule(updated), call.Aborted);
        Log.Updated(logger, id, updated.JobDefinitionId, projectId);
        return ApiDispatcher.Json(updated);
    }

    /// <summary><c>DELETE /triggers/{trigger_id}</c>: 204.</summary>
    public async Task<IResult> DeleteAsync(ApiCall call)
    {
        var trigger = await FindAsync(call);
        var projectId = call.Caller.ProjectId;
        if (!await store.DeleteAsync(projectId, trigger.Id, call.Aborted))
        {
            throw ScalewayException.NotFound(Resource, trigger.Id);
        }

        Log.Deleted(logger, trigger.Id, trigger.JobDefinitionId, projectId);
        return Results.NoContent();
    }

    /// <summary>The schedule part of a trigger's cron_config, as the index reads it.</summary>
    public static WireSchedule? Schedule(Trigger? trigger) =>
        trigger?.CronConfig is { } config ? new WireSchedule(config.Schedule, config.Timezone) : null;

    private async Task<Trigger> FindAsync(ApiCall call)
    {
        var id = RouteIds.Require(call, "trigger_id");
        var trigger = await store.GetAsync(call.Caller.ProjectId, id, call.Aborted)
            ?? throw ScalewayException.NotFound(Resource, id);
        return await IsDefinitionInRegionAsync(call, trigger.JobDefinitionId)
            ? trigger
            : throw ScalewayException.NotFound(Resource, id);
    }

    private async Task DefinitionInRegionAsync(ApiCall call, string definitionId)
    {
        if (!await IsDefinitionInRegionAsync(call, definitionId))
        {
            throw ScalewayException.NotFound(JobDefinitionsEndpoints.Resource, definitionId);
        }
    }

    // A trigger lives in its definition's region: another region's definition is not found from here.
    private async Task<bool> IsDefinitionInRegionAsync(ApiCall call, string definitionId) =>
        await definitions.GetAsync(call.Caller.ProjectId, definitionId, call.Aborted) is { } definition
        && definition.Region == call.Region;

    private static string? DefinitionId(string? value, ArgumentErrors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors.Required("job_definition_id", "the UUID of the job definition the trigger starts");
            return null;
        }

        if (!Guid.TryParse(value, out var id))
        {
            errors.Format("job_definition_id", "a UUID");
            return null;
        }

        return id.ToString();
    }
}
