namespace ServerlessJobs.Client.Models;

/// <summary>One secret to attach to a job definition: set exactly one of <see cref="Path"/> and
/// <see cref="EnvVarName"/>.</summary>
public sealed record SecretConfig
{
    public required string SecretManagerId { get; init; }

    /// <summary>A version number, or <c>latest</c>.</summary>
    public required string SecretManagerVersion { get; init; }

    /// <summary>Where to mount the secret as a file inside the job.</summary>
    public string? Path { get; init; }

    /// <summary>The environment variable that exposes the secret inside the job.</summary>
    public string? EnvVarName { get; init; }
}
