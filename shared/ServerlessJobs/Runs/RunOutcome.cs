using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Runs;

/// <summary>What one attempt came to, or the run's final result, as the orchestration records it.</summary>
/// <param name="Attempt">The attempt it concerns.</param>
/// <param name="State">Retrying, Succeeded, Failed or Interrupted.</param>
/// <param name="Reason">Scaleway's reason; null for success.</param>
/// <param name="ExitCode">The workload's exit code, when it exited by itself.</param>
/// <param name="Message">An operator-facing explanation.</param>
public sealed record RunOutcome(int Attempt, JobRunState State, JobRunReason? Reason, int? ExitCode, string? Message)
{
    /// <summary>Whether this outcome ends the run whatever attempts are left.</summary>
    public bool IsFinal => State is JobRunState.Succeeded or JobRunState.Interrupted
        || Reason == JobRunReason.InvalidRequest;

    public static RunOutcome Succeeded(int attempt) => new(attempt, JobRunState.Succeeded, null, 0, null);

    public static RunOutcome Failed(int attempt, JobRunReason reason, int? exitCode, string? message) =>
        new(attempt, JobRunState.Failed, reason, exitCode, message);

    public static RunOutcome Interrupted(int attempt, string message) =>
        new(attempt, JobRunState.Interrupted, JobRunReason.Cancellation, null, message);
}
