using System.ComponentModel.DataAnnotations;

namespace ServerlessJobs.Runs;

/// <summary>Configuration section <c>Runs</c>: how the engine carries out job runs.</summary>
public sealed class RunsOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Runs";

    /// <summary>This host's stable id, used to find its lost workloads after a restart (default: the machine name).</summary>
    public string HostId { get; set; } = Environment.MachineName;

    /// <summary>The pause before a failed attempt is tried again (default 1 s); a stop cuts it short.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long to wait for a killed workload to report its exit before recording the outcome (default 30 s).</summary>
    public TimeSpan KillConfirmationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many run documents are written at once when a start creates them (default 32).</summary>
    [Range(1, 256)]
    public int WriteConcurrency { get; set; } = 32;
}
