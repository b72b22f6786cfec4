namespace ServerlessJobs.Client.Models;

/// <summary>One page of job runs and how many match in all.</summary>
public sealed record ListJobRunsResponse(IReadOnlyList<JobRun> JobRuns, ulong TotalCount);
