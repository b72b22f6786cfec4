using ServerlessJobs.Runs;

namespace ServerlessJobs.Orchestration;

/// <summary>One run to carry out: its attempts, each bounded by the timeout, with a pause between them.</summary>
public sealed record RunReplicaInput(
    string ProjectId, string RunId, int MaxAttempts, double TimeoutSeconds, double RetryDelaySeconds,
    double KillConfirmationSeconds)
{
    /// <summary>The input for one run of a start, with the host's pauses from <paramref name="options"/>.</summary>
    public static RunReplicaInput For(StartJobInput start, string runId, RunsOptions options)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(options);

        return new RunReplicaInput(start.ProjectId, runId, start.MaxAttempts, start.TimeoutSeconds,
            options.RetryDelay.TotalSeconds, options.KillConfirmationTimeout.TotalSeconds);
    }
}
