using Microsoft.Extensions.Logging;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Definitions;
using ParsedSchedule = ServerlessJobs.Cron.CronSchedule;
using WireSchedule = ServerlessJobs.Client.Models.CronSchedule;

namespace ServerlessJobs.Scheduling;

/// <summary>
/// Keeps the due-time index in step with schedules as they are created and changed: each scheduled source has an
/// entry at its next occurrence. Entries an older schedule, or a deleted source, left behind are dropped by the tick
/// that reaches them, which reads the source and checks the fingerprint before firing.
/// </summary>
public sealed class ScheduleIndexer(DueIndex index, TimeProvider time, ILogger<ScheduleIndexer> logger)
    : IJobDefinitionChangeObserver
{
    /// <inheritdoc />
    public Task ChangedAsync(JobDefinition? before, JobDefinition? after, CancellationToken cancellationToken) =>
        after is null
            ? Task.CompletedTask
            : SyncAsync(ScheduleSource.ForDefinition(after), after.CronSchedule, cancellationToken);

    /// <summary>
    /// Indexes <paramref name="source"/> at the next occurrence of the <paramref name="schedule"/> it now has, if
    /// any. Whatever entry it had before stays until its tick, which finds it stale and drops it.
    /// </summary>
    public async Task SyncAsync(ScheduleSource source, WireSchedule? schedule, CancellationToken cancellationToken)
    {
        if (schedule is not null)
        {
            await ScheduleAsync(source, schedule, time.GetUtcNow(), cancellationToken);
        }
    }

    /// <summary>
    /// Puts <paramref name="source"/>'s entry at the first occurrence of <paramref name="schedule"/> after
    /// <paramref name="after"/>; returns that time, or null when the schedule never occurs again.
    /// </summary>
    public async Task<DateTimeOffset?> ScheduleAsync(
        ScheduleSource source, WireSchedule schedule, DateTimeOffset after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        if (Parse(schedule) is not { } parsed
            || Next(source, ScheduleFingerprint.Of(schedule)!, parsed, after) is not { } entry)
        {
            return null;
        }

        await index.AddAsync([entry], cancellationToken);
        Log.Scheduled(logger, source.Name, entry.DueAt);
        return entry.DueAt;
    }

    /// <summary>The entry at the first occurrence of a schedule after <paramref name="after"/>, if any.</summary>
    internal static DueEntry? Next(
        ScheduleSource source, string fingerprint, ParsedSchedule schedule, DateTimeOffset after) =>
        schedule.GetNextOccurrence(after) is { } next ? DueEntry.Create(source, fingerprint, next) : null;

    /// <summary>The schedule as the engine reads it, or null (logged) when it no longer parses.</summary>
    internal ParsedSchedule? Parse(WireSchedule schedule)
    {
        if (ParsedSchedule.TryParse(schedule.Schedule, schedule.Timezone, out var parsed, out var error))
        {
            return parsed;
        }

        Log.Unparsable(logger, schedule.Schedule, schedule.Timezone, error.Message);
        return null;
    }
}
