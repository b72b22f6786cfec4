namespace ServerlessJobs.Orchestration;

/// <summary>Names one attempt of one run, as activity input.</summary>
public sealed record AttemptRequest(string ProjectId, string RunId, int Attempt);
