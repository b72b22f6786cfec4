namespace ServerlessJobs.Runs;

/// <summary>Which host launched an attempt, and the workload's process there.</summary>
/// <param name="Attempt">The attempt number, from 1.</param>
/// <param name="HostId">The launching host's id (<see cref="RunsOptions.HostId"/>).</param>
/// <param name="BootId">The launching host process's boot id, new at every start.</param>
/// <param name="ProcessId">The workload's process id, when the runtime has one.</param>
/// <param name="ProcessStartedAt">When the workload started, to tell its pid from a reused one.</param>
public sealed record AttemptPlacement(
    int Attempt, string HostId, string BootId, int? ProcessId, DateTimeOffset? ProcessStartedAt);
