using Microsoft.Extensions.Logging;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Definitions;

namespace ServerlessJobs.Triggers;

/// <summary>
/// Deletes a definition's triggers once its deletion is stored. Their index entries are dropped by the ticks that
/// reach them, which find the triggers gone.
/// </summary>
public sealed class TriggerCleanup(TriggerStore store, ILogger<TriggerCleanup> logger)
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
        }

        if (triggers.Count > 0)
        {
            Log.DeletedWithDefinition(logger, before.Id, triggers.Count);
        }
    }
}
