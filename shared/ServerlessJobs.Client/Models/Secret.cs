namespace ServerlessJobs.Client.Models;

/// <summary>A job definition's reference to a Secret Manager secret version, as a file or a variable.</summary>
public sealed record Secret
{
    /// <summary>The id of this reference within the job definition.</summary>
    public required string SecretId { get; init; }

    public required string SecretManagerId { get; init; }
    public required string SecretManagerVersion { get; init; }
    public required string JobDefinitionId { get; init; }

    /// <summary>Set when the secret is mounted as a file; exactly one of this and <see cref="EnvVar"/> is.</summary>
    public SecretFile? File { get; init; }

    /// <summary>Set when the secret is exposed as an environment variable.</summary>
    public SecretEnvVar? EnvVar { get; init; }
}
