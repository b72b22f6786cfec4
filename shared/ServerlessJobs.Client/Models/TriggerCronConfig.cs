namespace ServerlessJobs.Client.Models;

/// <summary>A cron trigger: when to start the job definition, and with which command and arguments.</summary>
public sealed record TriggerCronConfig
{
    /// <summary>A 5-field UNIX cron expression, e.g. <c>0 8 * * 1-5</c>.</summary>
    public required string Schedule { get; init; }

    /// <summary>An IANA time zone, e.g. <c>Europe/Paris</c>.</summary>
    public required string Timezone { get; init; }

    public IReadOnlyList<string> StartupCommand { get; init; } = [];
    public IReadOnlyList<string> Args { get; init; } = [];
}
