namespace ServerlessJobs.Orchestration;

/// <summary>One run to carry out: its attempts, each bounded by the timeout, with a pause between them.</summary>
public sealed record RunReplicaInput(
    string ProjectId, string RunId, int MaxAttempts, double TimeoutSeconds, double RetryDelaySeconds,
    double KillConfirmationSeconds);
