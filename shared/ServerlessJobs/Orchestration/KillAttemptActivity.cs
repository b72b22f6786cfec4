using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using ServerlessJobs.Runs;
using ServerlessJobs.Runtimes;
using ServerlessJobs.Runtimes.Process;

namespace ServerlessJobs.Orchestration;

/// <summary>Kills an attempt's workload, at a stop or past its timeout.</summary>
/// <remarks>
/// The activity may run on another host process than the one that launched the workload: the runtime kills what this
/// process holds, and a workload another process on this machine launched is killed by its recorded pid.
/// Workloads on another machine are reached only by their own host's timeout enforcement.
/// </remarks>
public sealed partial class KillAttemptActivity(
    IJobRuntime runtime, JobRunStore store, ILogger<KillAttemptActivity> logger) : TaskActivity<AttemptRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, AttemptRequest input)
    {
        var killed = await runtime.KillAsync(new AttemptKey(input.ProjectId, input.RunId, input.Attempt), CancellationToken.None)
            || await KillByPidAsync(input);
        LogKill(logger, input.RunId, input.Attempt, killed);
        return killed;
    }

    private async Task<bool> KillByPidAsync(AttemptRequest input)
    {
        var document = await store.GetAsync(input.ProjectId, input.RunId, CancellationToken.None);
        return document?.Placement is { ProcessId: { } pid, ProcessStartedAt: { } started } placement
            && placement.Attempt == input.Attempt
            && ProcessTree.KillIfSame(pid, started);
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information,
        Message = "Job run {RunId} attempt {Attempt}: kill requested (workload found alive: {Killed})")]
    private static partial void LogKill(ILogger logger, string runId, int attempt, bool killed);
}
