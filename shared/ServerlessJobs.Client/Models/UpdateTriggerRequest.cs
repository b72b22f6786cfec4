namespace ServerlessJobs.Client.Models;

/// <summary>The body of <c>PATCH /triggers/{id}</c>: a null field is left as it is.</summary>
public sealed record UpdateTriggerRequest
{
    public string? Name { get; init; }
    public UpdateTriggerCronConfig? CronConfig { get; init; }
}
