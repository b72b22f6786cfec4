namespace ServerlessJobs.Client.Models;

/// <summary>The job runs a start created, one per replica.</summary>
public sealed record StartJobDefinitionResponse(IReadOnlyList<JobRun> JobRuns);
