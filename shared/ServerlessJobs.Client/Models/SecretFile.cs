namespace ServerlessJobs.Client.Models;

/// <summary>A secret exposed to the job as a file mounted at <see cref="Path"/>.</summary>
public sealed record SecretFile(string Path);
