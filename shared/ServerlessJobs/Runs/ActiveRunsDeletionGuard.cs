using ServerlessJobs.Api;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Definitions;

namespace ServerlessJobs.Runs;

/// <summary>Refuses to delete a definition while one of its runs is queued, running or being stopped.</summary>
public sealed class ActiveRunsDeletionGuard(JobRunStore store) : IJobDefinitionDeletionGuard
{
    public async Task BeforeDeleteAsync(JobDefinition definition, CancellationToken cancellationToken)
    {
        if (await store.HasActiveRunAsync(definition.ProjectId, definition.Id, cancellationToken))
        {
            throw ScalewayException.PreconditionFailed("one or more job runs are still running");
        }
    }
}
