namespace ServerlessJobs.Client.Models;

/// <summary>A retry policy change: a null field is left as it is.</summary>
public sealed record UpdateRetryPolicy(uint? MaxRetries);
