using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Runs;

namespace ServerlessJobs.Orchestration;

/// <summary>Writes an attempt's or a run's outcome to the run's document, never moving it backwards.</summary>
public sealed partial class RecordOutcomeActivity(
    JobRunStore store, TimeProvider time, ILogger<RecordOutcomeActivity> logger) : TaskActivity<RecordOutcomeInput, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, RecordOutcomeInput input)
    {
        var outcome = input.Outcome;
        var changed = false;
        await store.UpdateAsync(input.ProjectId, input.RunId, document =>
        {
            var next = outcome.State == JobRunState.Retrying
                ? JobRunTransitions.Retrying(document, outcome, time.GetUtcNow())
                : JobRunTransitions.Finished(document, outcome, time.GetUtcNow());
            changed = next is not null;
            return next;
        }, CancellationToken.None);

        if (changed)
        {
            LogOutcome(logger, input.RunId, outcome.Attempt, outcome.State, outcome.Reason, outcome.ExitCode);
        }

        return changed;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Job run {RunId} attempt {Attempt}: {State} (reason {Reason}, exit code {ExitCode})")]
    private static partial void LogOutcome(
        ILogger logger, string runId, int attempt, JobRunState state, JobRunReason? reason, int? exitCode);
}
