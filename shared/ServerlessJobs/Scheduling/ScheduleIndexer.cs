using Microsoft.Extensions.Logging;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Definitions;
using ParsedSchedule = ServerlessJobs.Cron.CronSchedule;
using WireSchedule = ServerlessJobs.Client.Models.CronSchedule;

namespace ServerlessJobs.Scheduling;

/// <summary>
/// Keeps the due-time index in step with schedules as they are created, changed and deleted: each scheduled
/// source has an entry at its next occurrence. Entries an older schedule left behind are dropped here when they
/// can be found, and otherwise by the tick that reaches them, which checks the fingerprint before firing.
/// </summary>
public sealed class ScheduleIndexer(DueIndex index, TimeProvider time, ILogger<ScheduleIndexer> logger)
    : IJobDefinitionChangeObserver
{
    /// <inheritdoc />
    public Task ChangedAsync(JobDefinition? before, JobDefinition? after, CancellationToken cancellationToken)
    {
        var definition = after ?? before;
        return definition is null
            ? Task.CompletedTask
            : SyncAsync(ScheduleSource.ForDefinition(definition), before?.CronSchedule, after?.CronSchedule,
                cancellationToken);
    }

    /// <summary>
    /// Moves <paramref name="source"/>'s entry from the schedule it had to the one it has now (either may be null).
    /// </summary>
    public async Task SyncAsync(
        ScheduleSource source, WireSchedule? before, WireSchedule? after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);

        var now = time.GetUtcNow();
        var oldFingerprint = ScheduleFingerprint.Of(before);
        if (before is not null && oldFingerprint != ScheduleFingerprint.Of(after) && Parse(before) is { } old)
        {
            foreach (var name in LikelyEntryNames(source, oldFingerprint!, old, now))
            {
                await index.RemoveAsync(name, cancellationToken);
            }
        }

        if (after is not null)
        {
            await ScheduleAsync(source, after, now, cancellationToken);
        }
    }

    /// <summary>
    /// Puts <paramref name="source"/>'s entry at the first occurrence of <paramref name="schedule"/> after
    /// <paramref name="after"/>; returns that time, or null when the schedule never occurs again.
    /// </summary>
    public Task<DateTimeOffset?> ScheduleAsync(
        ScheduleSource source, WireSchedule schedule, DateTimeOffset after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        var parsed = Parse(schedule);
        return parsed is null
            ? Task.FromResult<DateTimeOffset?>(null)
            : PlaceAsync(source, ScheduleFingerprint.Of(schedule)!, parsed, after, cancellationToken);
    }

    /// <summary>Puts the entry at the first occurrence of a parsed schedule after <paramref name="after"/>.</summary>
    internal async Task<DateTimeOffset?> PlaceAsync(
        ScheduleSource source, string fingerprint, ParsedSchedule schedule, DateTimeOffset after,
        CancellationToken cancellationToken)
    {
        if (schedule.GetNextOccurrence(after) is not { } next)
        {
            return null;
        }

        await index.SetAsync(DueEntry.Create(source, fingerprint, next), cancellationToken);
        Log.Scheduled(logger, source.Name, next);
        return next;
    }

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

    // Where a healthy index keeps the entry: at the first occurrence after the last tick, which ran at this minute's
    // boundary or the one before. An entry elsewhere (ticks fell behind) is dropped by the tick that reaches it.
    private static IEnumerable<string> LikelyEntryNames(
        ScheduleSource source, string fingerprint, ParsedSchedule schedule, DateTimeOffset now)
    {
        var minute = CronClock.NextMinute(now).AddMinutes(-1);
        return new[] { minute.AddMinutes(-1), minute }
            .Select(schedule.GetNextOccurrence)
            .OfType<DateTimeOffset>()
            .Select(due => DueEntry.Create(source, fingerprint, due).Name)
            .Distinct();
    }
}
