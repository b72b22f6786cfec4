namespace ServerlessJobs.Client.Models;

/// <summary>The secret references of a job definition and how many there are.</summary>
public sealed record ListSecretsResponse(IReadOnlyList<Secret> Secrets, ulong TotalCount);
