namespace ServerlessJobs.Client.Models;

/// <summary>One page of job definitions and how many there are in all.</summary>
public sealed record ListJobDefinitionsResponse(IReadOnlyList<JobDefinition> JobDefinitions, ulong TotalCount);
