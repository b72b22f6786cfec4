namespace ServerlessJobs.Client.Models;

/// <summary>One page of triggers and how many there are in all.</summary>
public sealed record ListTriggersResponse(IReadOnlyList<Trigger> Triggers, ulong TotalCount);
