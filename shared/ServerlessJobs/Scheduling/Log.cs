using Microsoft.Extensions.Logging;

namespace ServerlessJobs.Scheduling;

/// <summary>Log messages of the cron tick and the due-time index (event ids 6000–6039).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Debug,
        Message = "Cron tick at {Now:O}: {Due} due, {Started} started, {Removed} dropped, {Failed} failed "
            + "in {Elapsed}")]
    public static partial void Ticked(
        ILogger logger, DateTimeOffset now, int due, int started, int removed, int failed, TimeSpan elapsed);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information,
        Message = "Schedule {Source} started job definition {JobDefinitionId} for {Occurrence:O} (run {RunId})")]
    public static partial void Fired(
        ILogger logger, string source, string jobDefinitionId, DateTimeOffset occurrence, string runId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning,
        Message = "Schedule {Source} missed its occurrences from {DueAt:O}: only the latest, {Occurrence:O}, "
            + "is started")]
    public static partial void Missed(ILogger logger, string source, DateTimeOffset dueAt, DateTimeOffset occurrence);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information,
        Message = "Schedule {Source} is gone or has no schedule: its entry due {DueAt:O} was dropped")]
    public static partial void Removed(ILogger logger, string source, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information,
        Message = "Schedule {Source} changed: its older entry due {DueAt:O} was dropped without starting")]
    public static partial void Stale(ILogger logger, string source, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning,
        Message = "Schedule {Source} of project {ProjectId} was not started for {Occurrence:O}: no API key names "
            + "the project's organization")]
    public static partial void NoKey(ILogger logger, string source, string projectId, DateTimeOffset occurrence);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Error,
        Message = "Schedule {Source} due {DueAt:O} could not be fired; the next tick tries again")]
    public static partial void FireFailed(ILogger logger, Exception exception, string source, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Debug, Message = "Schedule {Source} is next due at {DueAt:O}")]
    public static partial void Scheduled(ILogger logger, string source, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Warning,
        Message = "Stored schedule '{Schedule}' in '{Timezone}' no longer parses and is not indexed: {Problem}")]
    public static partial void Unparsable(ILogger logger, string schedule, string timezone, string problem);

    [LoggerMessage(EventId = 6012, Level = LogLevel.Warning,
        Message = "Due-time index blob {Name} holds a line of {Length} characters that is not an entry: skipped")]
    public static partial void UnreadableEntry(ILogger logger, string name, int length);

    [LoggerMessage(EventId = 6013, Level = LogLevel.Information,
        Message = "Due-time index blob {Name} changed after this tick read it: kept for the next tick")]
    public static partial void BucketChanged(ILogger logger, string name);

    [LoggerMessage(EventId = 6014, Level = LogLevel.Warning,
        Message = "Due-time index entries went to a blob of their own, {Name}: the bucket's shared blob refused "
            + "them ({ErrorCode})")]
    public static partial void OwnBlob(ILogger logger, string name, string? errorCode);
}
