using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Definitions;

/// <summary>
/// Something that follows a definition once a change is stored: the cron index keeps its next due time, triggers
/// are removed with it. Called after the change is certain, so a refused deletion never reaches it.
/// </summary>
public interface IJobDefinitionChangeObserver
{
    /// <summary>
    /// Runs after a create (<paramref name="before"/> null), an update, or a delete (<paramref name="after"/> null).
    /// </summary>
    Task ChangedAsync(JobDefinition? before, JobDefinition? after, CancellationToken cancellationToken);
}
