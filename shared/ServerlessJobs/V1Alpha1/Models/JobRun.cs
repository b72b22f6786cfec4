namespace ServerlessJobs.V1Alpha1.Models;

/// <summary>A job run as v1alpha1 shows it: its state in v1alpha1's words, no reason, attempts or args.</summary>
public sealed record JobRun
{
    public required string Id { get; init; }
    public required string JobDefinitionId { get; init; }
    public JobRunState State { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public DateTimeOffset? TerminatedAt { get; init; }
    public int? ExitCode { get; init; }
    public TimeSpan? RunDuration { get; init; }
    public string ErrorMessage { get; init; } = "";
    public uint CpuLimit { get; init; }
    public uint MemoryLimit { get; init; }

    /// <summary>The command line the run executes, shell-quoted when given as startup_command and args.</summary>
    public string Command { get; init; } = "";

    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; init; } = new Dictionary<string, string>();
    public uint LocalStorageCapacity { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public string Region { get; init; } = "";
}
