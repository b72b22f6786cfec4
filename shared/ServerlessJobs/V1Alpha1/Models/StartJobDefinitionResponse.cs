namespace ServerlessJobs.V1Alpha1.Models;

/// <summary>The job runs a v1alpha1 start created, one per replica.</summary>
public sealed record StartJobDefinitionResponse(IReadOnlyList<JobRun> JobRuns);
