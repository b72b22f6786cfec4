namespace ServerlessJobs.Scheduling;

/// <summary>Minute arithmetic shared by the hosts that wake a tick at second 0 of every minute.</summary>
public static class CronClock
{
    /// <summary>How early a timer may wake and still count as the minute it was set for.</summary>
    public static readonly TimeSpan EarlyWakeTolerance = TimeSpan.FromSeconds(1);

    /// <summary>The first minute boundary strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextMinute(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var floor = new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        return floor.AddMinutes(1);
    }

    /// <summary>
    /// The time a tick woken at <paramref name="clock"/> evaluates schedules at: the coming minute boundary when a
    /// timer woke just before it, so an early wake never leaves that minute's occurrences to the next tick.
    /// </summary>
    public static DateTimeOffset TickTime(DateTimeOffset clock)
    {
        var next = NextMinute(clock);
        return next - clock <= EarlyWakeTolerance ? next : clock.ToUniversalTime();
    }
}
