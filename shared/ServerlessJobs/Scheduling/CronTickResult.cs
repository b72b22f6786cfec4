namespace ServerlessJobs.Scheduling;

/// <summary>What one tick did, for logs, monitoring and tests.</summary>
/// <param name="Now">The time the tick evaluated schedules at.</param>
/// <param name="Due">Index entries that were due.</param>
/// <param name="Started">Entries whose definition was started (a repeated start counts, but creates nothing).</param>
/// <param name="Removed">Entries dropped because their source or schedule is gone or changed.</param>
/// <param name="Failed">Entries left for the next tick after a failure.</param>
/// <param name="IndexPages">Listing requests made on the index.</param>
/// <param name="DocumentReads">Definition and trigger documents read.</param>
/// <param name="Elapsed">How long the tick took.</param>
public sealed record CronTickResult(
    DateTimeOffset Now,
    int Due,
    int Started,
    int Removed,
    int Failed,
    int IndexPages,
    int DocumentReads,
    TimeSpan Elapsed);
