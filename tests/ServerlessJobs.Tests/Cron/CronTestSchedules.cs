using System.Globalization;
using ServerlessJobs.Cron;

namespace ServerlessJobs.Tests.Cron;

/// <summary>Short ways for cron tests to build schedules and instants.</summary>
internal static class CronTestSchedules
{
    /// <summary>Parses a schedule the test expects to be valid.</summary>
    public static CronSchedule Parse(string schedule, string timezone = "UTC")
    {
        Assert.True(CronSchedule.TryParse(schedule, timezone, out var result, out var error), error?.Message);

        return result;
    }

    /// <summary>Parses a schedule the test expects to be refused, and returns why.</summary>
    public static CronScheduleError ParseError(string? schedule, string? timezone = "UTC")
    {
        Assert.False(CronSchedule.TryParse(schedule, timezone, out _, out var error));

        return error;
    }

    /// <summary>An instant written as ISO 8601 with its offset, such as <c>2026-03-29T01:00Z</c>.</summary>
    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
