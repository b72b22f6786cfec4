namespace ServerlessJobs.Server.Scheduling;

/// <summary>Log messages of the self-host's cron clock (event ids 6060–6079).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6060, Level = LogLevel.Information,
        Message = "Cron ticks are off on this host (Cron:Enabled is false)")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(EventId = 6061, Level = LogLevel.Error,
        Message = "The cron tick at {Now:O} failed; the next tick fires what is due by then")]
    public static partial void TickFailed(ILogger logger, Exception exception, DateTimeOffset now);
}
