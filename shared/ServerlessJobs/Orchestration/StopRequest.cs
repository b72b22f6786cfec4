namespace ServerlessJobs.Orchestration;

/// <summary>The payload of the stop event: when the stop was asked for, to order it against an exit.</summary>
public sealed record StopRequest(DateTimeOffset RequestedAt);
