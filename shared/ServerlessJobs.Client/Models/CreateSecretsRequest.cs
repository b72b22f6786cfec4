namespace ServerlessJobs.Client.Models;

/// <summary>The body of <c>POST /secrets</c>: secrets to attach to one job definition.</summary>
public sealed record CreateSecretsRequest(string JobDefinitionId, IReadOnlyList<SecretConfig> Secrets);
