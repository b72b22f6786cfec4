namespace ServerlessJobs.Client.Models;

/// <summary>One execution of a job definition (one replica of one start), with every attempt it took.</summary>
public sealed record JobRun
{
    public required string Id { get; init; }
    public required string JobDefinitionId { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? TerminatedAt { get; init; }
    public TimeSpan? RunDuration { get; init; }
    public JobRunState State { get; init; }
    public JobRunReason? Reason { get; init; }
    public int? ExitCode { get; init; }
    public string? ErrorMessage { get; init; }
    public uint CpuLimit { get; init; }
    public uint MemoryLimit { get; init; }
    public uint LocalStorageCapacity { get; init; }
    public string? Command { get; init; }
    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> StartupCommand { get; init; } = [];
    public IReadOnlyList<string> Args { get; init; } = [];
    public uint? Attempts { get; init; }
    public string Region { get; init; } = "";

    /// <summary>Extension: the project the run belongs to.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Extension: the organization the run belongs to.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>Extension: which replica of its start this run is, from 0.</summary>
    public uint? ReplicaIndex { get; init; }

    /// <summary>Extension: what started the run: <c>api</c>, <c>cron_schedule</c> or <c>trigger</c>.</summary>
    public string? StartedBy { get; init; }

    /// <summary>Extension: the trigger that started the run, when <see cref="StartedBy"/> is <c>trigger</c>.</summary>
    public string? TriggerId { get; init; }

    /// <summary>Extension: the cron occurrence the run serves, when a schedule or trigger started it.</summary>
    public DateTimeOffset? ScheduledFor { get; init; }
}
