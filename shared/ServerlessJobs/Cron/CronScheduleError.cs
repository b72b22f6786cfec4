namespace ServerlessJobs.Cron;

/// <summary>Why a cron schedule was refused: the argument at fault and how the user can fix it.</summary>
/// <param name="Argument">
/// <see cref="ScheduleArgument"/> or <see cref="TimeZoneArgument"/>, the fields of Scaleway's <c>cron_schedule</c>.
/// </param>
/// <param name="Message">Help for the user, ready for a 400 <c>invalid_arguments</c> response.</param>
public sealed record CronScheduleError(string Argument, string Message)
{
    /// <summary>The <c>cron_schedule.schedule</c> field: the cron expression itself.</summary>
    public const string ScheduleArgument = "schedule";

    /// <summary>The <c>cron_schedule.timezone</c> field: the IANA zone the expression is read in.</summary>
    public const string TimeZoneArgument = "timezone";

    internal static CronScheduleError ForSchedule(string message) => new(ScheduleArgument, message);

    internal static CronScheduleError ForTimeZone(string message) => new(TimeZoneArgument, message);
}
