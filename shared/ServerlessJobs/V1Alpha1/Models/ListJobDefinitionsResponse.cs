namespace ServerlessJobs.V1Alpha1.Models;

/// <summary>One page of job definitions in v1alpha1's shape, and how many there are in all.</summary>
public sealed record ListJobDefinitionsResponse(IReadOnlyList<JobDefinition> JobDefinitions, ulong TotalCount);
