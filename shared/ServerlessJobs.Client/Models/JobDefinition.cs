namespace ServerlessJobs.Client.Models;

/// <summary>A job definition: what to run, with which resources, how often and how patiently.</summary>
public sealed record JobDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string ProjectId { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public uint CpuLimit { get; init; }
    public uint MemoryLimit { get; init; }
    public uint LocalStorageCapacity { get; init; }
    public string ImageUri { get; init; } = "";

    /// <summary>Deprecated by Scaleway in favour of <see cref="StartupCommand"/> and <see cref="Args"/>.</summary>
    public string? Command { get; init; }

    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; init; } = new Dictionary<string, string>();
    public TimeSpan? JobTimeout { get; init; }
    public string Description { get; init; } = "";
    public CronSchedule? CronSchedule { get; init; }
    public IReadOnlyList<string> StartupCommand { get; init; } = [];
    public IReadOnlyList<string> Args { get; init; } = [];
    public RetryPolicy? RetryPolicy { get; init; }
    public string Region { get; init; } = "";
}
