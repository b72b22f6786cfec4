using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Runs;

/// <summary>
/// Which of a project's runs a list asks for; an empty set means no filter on that field, and <see cref="Accepts"/>,
/// when set, must also accept the run's state and reason (v1alpha1 states depend on both).
/// </summary>
public sealed record JobRunFilter(
    string? JobDefinitionId, IReadOnlySet<JobRunState> States, IReadOnlySet<JobRunReason> Reasons,
    Func<JobRunState, JobRunReason?, bool>? Accepts = null)
{
    /// <summary>The region whose runs are listed; null lists every region's.</summary>
    public string? Region { get; init; }
}
