namespace ServerlessJobs.Client.Models;

/// <summary>A trigger that starts a job definition, today on a cron schedule.</summary>
public sealed record Trigger
{
    public required string Id { get; init; }
    public required string JobDefinitionId { get; init; }
    public required string Name { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public TriggerCronConfig? CronConfig { get; init; }
}
