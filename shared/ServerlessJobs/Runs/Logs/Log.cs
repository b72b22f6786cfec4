using Microsoft.Extensions.Logging;

namespace ServerlessJobs.Runs.Logs;

/// <summary>Log messages of run logs (event ids 5050–5099, within the process runtime's 5000–5099).</summary>
internal static partial class Log
{
    [LoggerMessage(5050, LogLevel.Warning,
        "Appending to the log of attempt {Attempt} of run {RunId} failed; {KeptBytes} bytes kept for the next try")]
    public static partial void AppendFailed(ILogger logger, string runId, int attempt, long keptBytes, Exception error);

    [LoggerMessage(5051, LogLevel.Information, "Appending to the log of attempt {Attempt} of run {RunId} works again")]
    public static partial void AppendRecovered(ILogger logger, string runId, int attempt);

    [LoggerMessage(5052, LogLevel.Warning,
        "The log of attempt {Attempt} of run {RunId} dropped output because {Reason}; more drops are not logged")]
    public static partial void OutputDropped(ILogger logger, string runId, int attempt, string reason);

    [LoggerMessage(5053, LogLevel.Warning,
        "The log of attempt {Attempt} of run {RunId} lost {Bytes} bytes of output at its end")]
    public static partial void FinalFlushFailed(ILogger logger, string runId, int attempt, long bytes, Exception error);
}
