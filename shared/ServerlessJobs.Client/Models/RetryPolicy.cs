namespace ServerlessJobs.Client.Models;

/// <summary>How many times a failed attempt is tried again (0 to 5).</summary>
public sealed record RetryPolicy(uint MaxRetries);
