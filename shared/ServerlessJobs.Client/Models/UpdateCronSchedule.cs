namespace ServerlessJobs.Client.Models;

/// <summary>A cron schedule change: both fields null (or empty) removes the schedule.</summary>
public sealed record UpdateCronSchedule(string? Schedule, string? Timezone);
