namespace ServerlessJobs.Client.Models;

/// <summary>The limits that apply to job definitions in a region.</summary>
public sealed record JobLimits(uint SecretsPerJobDefinition);
