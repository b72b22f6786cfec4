namespace ServerlessJobs.Client.Models;

/// <summary>The body of <c>PATCH /secrets/{id}</c>: a null field is left as it is.</summary>
public sealed record UpdateSecretRequest
{
    public string? SecretManagerVersion { get; init; }

    /// <summary>Mount the secret as a file here instead; set at most one of this and
    /// <see cref="EnvVarName"/>.</summary>
    public string? Path { get; init; }

    /// <summary>Expose the secret as this environment variable instead.</summary>
    public string? EnvVarName { get; init; }
}
