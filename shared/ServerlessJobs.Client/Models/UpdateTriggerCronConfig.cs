namespace ServerlessJobs.Client.Models;

/// <summary>A cron trigger change: a null field is left as it is.</summary>
public sealed record UpdateTriggerCronConfig
{
    public string? Schedule { get; init; }
    public string? Timezone { get; init; }
    public IReadOnlyList<string>? StartupCommand { get; init; }
    public IReadOnlyList<string>? Args { get; init; }
}
