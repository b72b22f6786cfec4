namespace ServerlessJobs.Orchestration;

/// <summary>What the engine knows of one orchestration instance.</summary>
/// <param name="InstanceId">The instance id it was scheduled under.</param>
/// <param name="Status">Pending, Running, Completed, Failed or Terminated, as the engine names it.</param>
/// <param name="IsFinished">Whether it will never run again.</param>
public sealed record OrchestrationState(string InstanceId, string Status, bool IsFinished);
