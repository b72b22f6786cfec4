using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerlessJobs.Auth;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Definitions;
using ServerlessJobs.Runs;
using ServerlessJobs.Triggers;
using ParsedSchedule = ServerlessJobs.Cron.CronSchedule;
using WireSchedule = ServerlessJobs.Client.Models.CronSchedule;

namespace ServerlessJobs.Scheduling;

/// <summary>
/// The cron tick both hosts call at second 0 of every minute: starts every schedule the due-time index says is due,
/// once per occurrence, and moves its entry to the next occurrence. Safe to run on several hosts at once and to
/// repeat: a start is keyed by <c>{source}:{occurrence}</c>, so a repeat finds the runs it made and adds none.
/// </summary>
/// <remarks>
/// A schedule that missed occurrences (no host ticked) fires only the latest one at or before now, once, then
/// resumes at its next occurrence after now.
/// </remarks>
public sealed class CronTick(
    DueIndex index, ScheduleIndexer indexer, JobDefinitionStore definitions, TriggerStore triggers,
    JobStarter starter, IOptionsMonitor<AuthOptions> auth, IOptions<CronOptions> options, TimeProvider time,
    ILogger<CronTick> logger)
{
    /// <summary>Fires every schedule due at or before <paramref name="now"/>.</summary>
    public async Task<CronTickResult> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var listing = await index.ListDueAsync(now, cancellationToken);
        var reads = new int[1];
        var fired = new Fired[listing.Entries.Count];

        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Value.TickConcurrency, CancellationToken = cancellationToken,
        };
        await Parallel.ForAsync(0, listing.Entries.Count, parallel, async (i, token) =>
            fired[i] = await FireSafelyAsync(listing.Entries[i], now, reads, token));

        // The next occurrences and the entries to try again are written before the buckets they came from go.
        await index.AddAsync(fired.Select(f => f.Next).OfType<DueEntry>(), cancellationToken);
        var failed = listing.Entries.Where((_, i) => fired[i].Outcome is ScheduleOutcome.Failed).ToArray();
        await index.AddAsync(failed, CronClock.NextMinute(now), cancellationToken);
        await index.RemoveAsync(listing.Blobs, cancellationToken);

        var outcomes = fired.Select(f => f.Outcome).ToArray();
        var result = new CronTickResult(
            now, outcomes.Length, outcomes.Count(o => o is ScheduleOutcome.Started),
            outcomes.Count(o => o is ScheduleOutcome.Removed or ScheduleOutcome.Rescheduled),
            outcomes.Count(o => o is ScheduleOutcome.Failed), listing.Pages, reads[0], time.GetElapsedTime(started));
        Log.Ticked(logger, result.Now, result.Due, result.Started, result.Removed, result.Failed, result.Elapsed);
        return result;
    }

    private async Task<Fired> FireSafelyAsync(
        DueEntry entry, DateTimeOffset now, int[] reads, CancellationToken cancellationToken)
    {
        try
        {
            return await FireAsync(entry, now, reads, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.FireFailed(logger, exception, entry.Source.Name, entry.DueAt);
            return new Fired(ScheduleOutcome.Failed, null);
        }
    }

    private async Task<Fired> FireAsync(
        DueEntry entry, DateTimeOffset now, int[] reads, CancellationToken cancellationToken)
    {
        var source = entry.Source;
        var (definition, trigger) = await ReadSourceAsync(source, reads, cancellationToken);
        var wire = source.TriggerId is null ? definition?.CronSchedule : Wire(trigger?.CronConfig);
        if (definition is null || wire is null || indexer.Parse(wire) is not { } schedule)
        {
            Log.Removed(logger, source.Name, entry.DueAt);
            return new Fired(ScheduleOutcome.Removed, null);
        }

        // An entry an older schedule left starts nothing, but the current schedule is indexed again all the same,
        // in case its own write was lost.
        var fingerprint = ScheduleFingerprint.Of(wire)!;
        var next = ScheduleIndexer.Next(source, fingerprint, schedule, now);
        if (fingerprint != entry.Fingerprint)
        {
            Log.Stale(logger, source.Name, entry.DueAt);
            return new Fired(ScheduleOutcome.Rescheduled, next);
        }

        var occurrence = LatestOccurrence(schedule, entry.DueAt, now);
        return new Fired(
            await StartAsync(definition, trigger, source, occurrence, entry.DueAt, cancellationToken), next);
    }

    private async Task<(JobDefinition? Definition, Trigger? Trigger)> ReadSourceAsync(
        ScheduleSource source, int[] reads, CancellationToken cancellationToken)
    {
        var definitionRead = definitions.GetAsync(source.ProjectId, source.JobDefinitionId, cancellationToken);
        var triggerRead = source.TriggerId is { } triggerId
            ? triggers.GetAsync(source.ProjectId, triggerId, cancellationToken)
            : Task.FromResult<Trigger?>(null);
        Interlocked.Add(ref reads[0], source.TriggerId is null ? 1 : 2);

        var definition = await definitionRead;
        var trigger = await triggerRead;
        return trigger is not null && trigger.JobDefinitionId != source.JobDefinitionId
            ? (null, null)
            : (definition, trigger);
    }

    private async Task<ScheduleOutcome> StartAsync(
        JobDefinition definition, Trigger? trigger, ScheduleSource source, DateTimeOffset occurrence,
        DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var organizationId = auth.CurrentValue.ApiKeys
            .FirstOrDefault(k => string.Equals(k.ProjectId, source.ProjectId, StringComparison.OrdinalIgnoreCase))
            ?.OrganizationId;
        if (organizationId is null)
        {
            Log.NoKey(logger, source.Name, source.ProjectId, occurrence);
            return ScheduleOutcome.Skipped;
        }

        if (occurrence > dueAt)
        {
            Log.Missed(logger, source.Name, dueAt, occurrence);
        }

        var key = new StartKey(
            $"{source.Name}:{occurrence.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}", occurrence);
        var origin = trigger is null
            ? RunOrigin.CronSchedule(occurrence)
            : RunOrigin.Trigger(trigger.Id, occurrence);
        var runs = await starter.StartAsync(
            definition, organizationId, Request(trigger), key, origin, cancellationToken);
        Log.Fired(logger, source.Name, definition.Id, occurrence, runs[0].Id);
        return ScheduleOutcome.Started;
    }

    // The last occurrence at or before now, starting from the one the entry waited for.
    private static DateTimeOffset LatestOccurrence(
        ParsedSchedule schedule, DateTimeOffset dueAt, DateTimeOffset now) =>
        schedule.GetOccurrences(dueAt, now).LastOrDefault(dueAt);

    // A trigger's runs use its startup_command and args; empty ones leave the definition's in place.
    private static StartJobDefinitionRequest Request(Trigger? trigger) => new()
    {
        StartupCommand = trigger?.CronConfig?.StartupCommand is { Count: > 0 } command ? command : null,
        Args = trigger?.CronConfig?.Args is { Count: > 0 } args ? args : null,
    };

    private static WireSchedule? Wire(TriggerCronConfig? config) =>
        config is null ? null : new WireSchedule(config.Schedule, config.Timezone);

    // What firing one entry came to, and the entry to write for its source's next occurrence, if any.
    private readonly record struct Fired(ScheduleOutcome Outcome, DueEntry? Next);
}
