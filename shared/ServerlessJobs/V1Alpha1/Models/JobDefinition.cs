using ServerlessJobs.Client.Models;

namespace ServerlessJobs.V1Alpha1.Models;

/// <summary>A job definition as v1alpha1 shows it: one <c>command</c> string, no startup_command or args.</summary>
public sealed record JobDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public uint CpuLimit { get; init; }
    public uint MemoryLimit { get; init; }
    public string ImageUri { get; init; } = "";

    /// <summary>The command line the definition runs, shell-quoted when given as startup_command and args.</summary>
    public string Command { get; init; } = "";

    public required string ProjectId { get; init; }
    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; init; } = new Dictionary<string, string>();
    public string Description { get; init; } = "";
    public TimeSpan? JobTimeout { get; init; }
    public CronSchedule? CronSchedule { get; init; }
    public uint LocalStorageCapacity { get; init; }
    public string Region { get; init; } = "";
}
