namespace ServerlessJobs.Orchestration;

/// <summary>What launching an attempt came to.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Message">Why, when it did not launch.</param>
public sealed record LaunchResult(LaunchKind Kind, string? Message = null);
