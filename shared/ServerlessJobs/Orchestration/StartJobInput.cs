namespace ServerlessJobs.Orchestration;

/// <summary>One start request: the runs it created, each to get its own orchestration, and their common limits.</summary>
/// <param name="ProjectId">The project of the runs.</param>
/// <param name="RunIds">The runs, one per replica.</param>
/// <param name="MaxAttempts">1 + retry_policy.max_retries.</param>
/// <param name="TimeoutSeconds">The job_timeout of each attempt.</param>
public sealed record StartJobInput(string ProjectId, IReadOnlyList<string> RunIds, int MaxAttempts, double TimeoutSeconds);
