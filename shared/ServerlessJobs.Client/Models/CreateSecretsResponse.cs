namespace ServerlessJobs.Client.Models;

/// <summary>The secret references a <c>POST /secrets</c> created.</summary>
public sealed record CreateSecretsResponse(IReadOnlyList<Secret> Secrets);
