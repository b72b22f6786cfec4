using Microsoft.Extensions.Logging;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Orchestration;

/// <summary>What the orchestrations tell operators, with run ids; event ids 4000–4099.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "Job run {RunId} attempt {Attempt} recorded as {State} (reason {Reason})")]
    public static partial void AttemptRecorded(ILogger logger, string runId, int attempt, JobRunState state, JobRunReason? reason);
}
