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
            throw ScalewayException.PreconditionFailed(
                "resource_still_in_use", "one or more job runs are still running",
                "stop the job definition's runs (POST /job-runs/{job_run_id}/stop) or wait for them to end");
        }
    }
}
