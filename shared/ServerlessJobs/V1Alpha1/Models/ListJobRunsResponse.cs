namespace ServerlessJobs.V1Alpha1.Models;

/// <summary>One page of job runs in v1alpha1's shape, and how many match in all.</summary>
public sealed record ListJobRunsResponse(IReadOnlyList<JobRun> JobRuns, ulong TotalCount);
