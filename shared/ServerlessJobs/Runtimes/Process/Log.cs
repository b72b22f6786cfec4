using Microsoft.Extensions.Logging;

namespace ServerlessJobs.Runtimes.Process;

/// <summary>Log messages of the process runtime (event ids 5000–5049); never argv or environment values.</summary>
internal static partial class Log
{
    [LoggerMessage(5000, LogLevel.Information, "Attempt {Attempt} of run {RunId} started as process {ProcessId}")]
    public static partial void Started(ILogger logger, string runId, int attempt, int processId);

    [LoggerMessage(5001, LogLevel.Information,
        "Attempt {Attempt} of run {RunId} ended: {End}, exit code {ExitCode}, after {ElapsedMs:F0} ms")]
    public static partial void Ended(
        ILogger logger, string runId, int attempt, AttemptEnd end, int? exitCode, double elapsedMs);

    [LoggerMessage(5002, LogLevel.Information, "Killing attempt {Attempt} of run {RunId}: {Reason}")]
    public static partial void Killing(ILogger logger, string runId, int attempt, string reason);

    [LoggerMessage(5003, LogLevel.Warning,
        "Attempt {Attempt} of run {RunId} uses {UsedMiB} MiB, above its memory_limit of {LimitMiB} MiB")]
    public static partial void MemoryExceeded(ILogger logger, string runId, int attempt, long usedMiB, uint limitMiB);

    [LoggerMessage(5004, LogLevel.Warning, "Attempt {Attempt} of run {RunId} could not start: {Reason}")]
    public static partial void LaunchFailed(ILogger logger, string runId, int attempt, string reason);

    [LoggerMessage(5005, LogLevel.Information,
        "Killed {Count} processes that attempt {Attempt} of run {RunId} left behind")]
    public static partial void LeftoversKilled(ILogger logger, string runId, int attempt, int count);

    [LoggerMessage(5006, LogLevel.Warning,
        "Attempt {Attempt} of run {RunId} exited, but its output is still held open by an unknown process; "
        + "the rest of its output is not read")]
    public static partial void OutputNotDrained(ILogger logger, string runId, int attempt);

    [LoggerMessage(5007, LogLevel.Error, "The process runtime lost track of attempt {Attempt} of run {RunId}")]
    public static partial void MonitorFailed(ILogger logger, string runId, int attempt, Exception error);

    [LoggerMessage(5008, LogLevel.Warning, "Measuring the memory of running attempts failed")]
    public static partial void SamplingFailed(ILogger logger, Exception error);

    [LoggerMessage(5009, LogLevel.Warning, "The working directory of attempt {Attempt} of run {RunId} was not deleted")]
    public static partial void ScratchNotDeleted(ILogger logger, string runId, int attempt, Exception error);

    [LoggerMessage(5010, LogLevel.Information,
        "Attempt {Attempt} of run {RunId} is running already as process {ProcessId}; it is not started again")]
    public static partial void AlreadyRunning(ILogger logger, string runId, int attempt, int? processId);
}
