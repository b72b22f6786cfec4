using ServerlessJobs.Runs;

namespace ServerlessJobs.Orchestration;

/// <summary>An outcome to record on a run's document.</summary>
public sealed record RecordOutcomeInput(string ProjectId, string RunId, RunOutcome Outcome);
