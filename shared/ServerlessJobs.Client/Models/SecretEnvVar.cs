namespace ServerlessJobs.Client.Models;

/// <summary>A secret exposed to the job as the environment variable <see cref="Name"/>.</summary>
public sealed record SecretEnvVar(string Name);
