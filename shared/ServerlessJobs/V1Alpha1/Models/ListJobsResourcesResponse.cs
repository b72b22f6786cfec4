namespace ServerlessJobs.V1Alpha1.Models;

/// <summary>The resource sizes offered in a region, in v1alpha1's shape.</summary>
public sealed record ListJobsResourcesResponse(IReadOnlyList<Resource> Resources);
