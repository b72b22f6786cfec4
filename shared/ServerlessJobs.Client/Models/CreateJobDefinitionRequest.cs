namespace ServerlessJobs.Client.Models;

/// <summary>The body of <c>POST /job-definitions</c>; omitted fields take Scaleway's defaults.</summary>
public sealed record CreateJobDefinitionRequest
{
    public string? Name { get; init; }
    public uint CpuLimit { get; init; }
    public uint MemoryLimit { get; init; }
    public uint? LocalStorageCapacity { get; init; }
    public string? ImageUri { get; init; }
    public string? Command { get; init; }
    public IReadOnlyList<string>? StartupCommand { get; init; }
    public IReadOnlyList<string>? Args { get; init; }
    public string? ProjectId { get; init; }
    public IReadOnlyDictionary<string, string>? EnvironmentVariables { get; init; }
    public string? Description { get; init; }
    public TimeSpan? JobTimeout { get; init; }
    public CronSchedule? CronSchedule { get; init; }
    public RetryPolicy? RetryPolicy { get; init; }
}
