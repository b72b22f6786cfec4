namespace ServerlessJobs.Client.Models;

/// <summary>The body of <c>PATCH /job-definitions/{id}</c>: a null field is left as it is.</summary>
public sealed record UpdateJobDefinitionRequest
{
    public string? Name { get; init; }
    public uint? CpuLimit { get; init; }
    public uint? MemoryLimit { get; init; }
    public uint? LocalStorageCapacity { get; init; }
    public string? ImageUri { get; init; }
    public string? Command { get; init; }
    public IReadOnlyList<string>? StartupCommand { get; init; }
    public IReadOnlyList<string>? Args { get; init; }
    public IReadOnlyDictionary<string, string>? EnvironmentVariables { get; init; }
    public string? Description { get; init; }
    public TimeSpan? JobTimeout { get; init; }

    /// <summary>A schedule to set, or one whose schedule and timezone are both null to remove it.</summary>
    public UpdateCronSchedule? CronSchedule { get; init; }

    public UpdateRetryPolicy? RetryPolicy { get; init; }
}
