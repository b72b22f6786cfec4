namespace ServerlessJobs.Runtimes;

/// <summary>
/// Where a replica's attempts run: starts the workload and returns at once, reports its exit through
/// <see cref="RunningAttempt.Exited"/>, and kills it on request. Orchestrations never see more than this.
/// </summary>
public interface IJobRuntime
{
    /// <summary>Starts one attempt; throws <see cref="AttemptLaunchException"/> when it cannot start at all.</summary>
    Task<RunningAttempt> LaunchAsync(AttemptLaunch launch, CancellationToken cancellationToken);

    /// <summary>
    /// Kills an attempt and everything it started, if this runtime can reach it; returns whether it was found alive.
    /// The attempt's <see cref="RunningAttempt.Exited"/> then completes with <see cref="AttemptEnd.Killed"/>.
    /// </summary>
    Task<bool> KillAsync(AttemptKey attempt, CancellationToken cancellationToken);
}
