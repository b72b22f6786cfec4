using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using ServerlessJobs.Runtimes;

namespace ServerlessJobs.Orchestration;

/// <summary>Kills an attempt's workload, at a stop or past its timeout.</summary>
public sealed partial class KillAttemptActivity(IJobRuntime runtime, ILogger<KillAttemptActivity> logger)
    : TaskActivity<AttemptRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, AttemptRequest input)
    {
        var killed = await runtime.KillAsync(new AttemptKey(input.ProjectId, input.RunId, input.Attempt), CancellationToken.None);
        LogKill(logger, input.RunId, input.Attempt, killed);
        return killed;
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information,
        Message = "Job run {RunId} attempt {Attempt}: kill requested (workload found alive: {Killed})")]
    private static partial void LogKill(ILogger logger, string runId, int attempt, bool killed);
}
