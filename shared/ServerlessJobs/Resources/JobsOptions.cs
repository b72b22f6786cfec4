using System.ComponentModel.DataAnnotations;

namespace ServerlessJobs.Resources;

/// <summary>Configuration section <c>Jobs</c>: the limits this deployment sets on job definitions and runs.</summary>
public sealed class JobsOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Jobs";

    /// <summary>The most replicas one start may ask for (default 1000).</summary>
    [Range(1, 100_000)]
    public int MaxReplicas { get; set; } = 1000;

    /// <summary>The most secrets one job definition may hold (default 20), reported by <c>GET /job-limits</c>.</summary>
    [Range(0, 1000)]
    public int SecretsPerJobDefinition { get; set; } = 20;
}
