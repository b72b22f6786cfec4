namespace ServerlessJobs.Client.Models;

/// <summary>The resource sizes offered in a region.</summary>
public sealed record ListJobResourcesResponse(IReadOnlyList<JobResource> Resources);
