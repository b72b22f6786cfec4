namespace ServerlessJobs.Client.Models;

/// <summary>The body of <c>POST /triggers</c>.</summary>
public sealed record CreateTriggerRequest
{
    public required string JobDefinitionId { get; init; }
    public string? Name { get; init; }
    public TriggerCronConfig? CronConfig { get; init; }
}
