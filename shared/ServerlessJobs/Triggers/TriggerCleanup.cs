using Microsoft.Extensions.Logging;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Definitions;
using ServerlessJobs.Scheduling;

namespace ServerlessJobs.Triggers;

/// <summary>Deletes a definition's triggers and their index entries once its deletion is stored.</summary>
public sealed class TriggerCleanup(TriggerStore store, ScheduleIndexer indexer, ILogger<TriggerCleanup> logger)
    : IJobDefinitionChangeObserver
{
    /// <inheritdoc />
    public async Task ChangedAsync(JobDefinition? before, JobDefinition? after, CancellationToken cancellationToken)
    {
        if (before is null || after is not null)
        {
            return;
        }

        var triggers = await store.ListAllAsync(before.ProjectId, before.Id, cancellationToken);
        foreach (var trigger in triggers)
        {
            await store.DeleteAsync(before.ProjectId, trigger.Id, cancellationToken);
            var source = ScheduleSource.ForTrigger(before.ProjectId, trigger);
            await indexer.SyncAsync(source, TriggersEndpoints.Schedule(trigger), null, cancellationToken);
        }

        if (triggers.Count > 0)
        {
            Log.DeletedWithDefinition(logger, before.Id, triggers.Count);
        }
    }
}
