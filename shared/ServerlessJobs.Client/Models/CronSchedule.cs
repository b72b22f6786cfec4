namespace ServerlessJobs.Client.Models;

/// <summary>A 5-field UNIX cron schedule evaluated in an IANA time zone.</summary>
public sealed record CronSchedule(string Schedule, string Timezone);
