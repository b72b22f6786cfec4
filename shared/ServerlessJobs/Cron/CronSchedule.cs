using System.Diagnostics.CodeAnalysis;
using Cronos;

namespace ServerlessJobs.Cron;

/// <summary>
/// A job definition's <c>cron_schedule</c>: 5-field UNIX cron read in an IANA time zone, telling when runs are due.
/// </summary>
/// <remarks>
/// Day-of-month and day-of-week are ORed when both are restricted, as in Vixie cron; a field counts as
/// unrestricted only when it is <c>*</c> (or <c>*/1</c>), so <c>*/2</c> restricts. Around DST changes a time in
/// the spring-forward gap runs once at the first valid instant after it, a fixed time in the repeated hour runs
/// once, and interval schedules run in both passes of the repeated hour (Cronos's rules).
/// </remarks>
public sealed class CronSchedule
{
    private readonly IReadOnlyList<CronExpression> _expressions;
    private readonly TimeZoneInfo _zone;

    private CronSchedule(string schedule, TimeZoneInfo zone, IReadOnlyList<CronExpression> expressions)
    {
        Schedule = schedule;
        _zone = zone;
        _expressions = expressions;
    }

    /// <summary>The cron expression as the user wrote it, such as <c>0 8 * * 1-5</c>.</summary>
    public string Schedule { get; }

    /// <summary>The IANA id of the zone the schedule is read in, as the host's database spells it.</summary>
    public string TimeZone => _zone.Id;

    /// <summary>
    /// Parses a schedule and its zone, or returns the argument at fault with a message that says how to fix it.
    /// </summary>
    public static bool TryParse(
        string? schedule,
        string? timezone,
        [NotNullWhen(true)] out CronSchedule? result,
        [NotNullWhen(false)] out CronScheduleError? error)
    {
        result = null;
        error = null;
        if (!CronScheduleSyntax.TryParse(schedule, out var expressions, out var scheduleProblem))
            error = CronScheduleError.ForSchedule(scheduleProblem);
        else if (!IanaTimeZone.TryFind(timezone, out var zone, out var zoneProblem))
            error = CronScheduleError.ForTimeZone(zoneProblem);
        else
            result = new CronSchedule(schedule!, zone, expressions);

        return result is not null;
    }

    /// <summary>The first occurrence strictly after <paramref name="fromExclusive"/>, in UTC.</summary>
    /// <returns>The occurrence, or <see langword="null"/> past the last year Cronos can reach.</returns>
    public DateTimeOffset? GetNextOccurrence(DateTimeOffset fromExclusive)
    {
        var next = _expressions.Min(expression => expression.GetNextOccurrence(fromExclusive, _zone));

        return next?.ToUniversalTime();
    }

    /// <summary>
    /// The occurrences after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/>,
    /// in UTC and in order.
    /// </summary>
    public IEnumerable<DateTimeOffset> GetOccurrences(DateTimeOffset fromExclusive, DateTimeOffset toInclusive)
    {
        var cursor = fromExclusive;
        while (GetNextOccurrence(cursor) is { } next && next <= toInclusive)
        {
            yield return next;
            cursor = next;
        }
    }
}
