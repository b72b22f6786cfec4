namespace ServerlessJobs.Orchestration;

/// <summary>The names orchestrations, activities and events are registered and raised under, in both hosts.</summary>
public static class OrchestrationNames
{
    public const string StartJob = "StartJob";
    public const string RunReplica = "RunReplica";

    public const string ScheduleRuns = "ScheduleRuns";
    public const string LaunchAttempt = "LaunchAttempt";
    public const string KillAttempt = "KillAttempt";
    public const string RecordOutcome = "RecordOutcome";

    /// <summary>The event a run's orchestration receives when a stop is asked for.</summary>
    public const string StopEvent = "stop";

    /// <summary>The event raised when attempt <paramref name="attempt"/>'s workload ends; one name per attempt.</summary>
    public static string AttemptExitedEvent(int attempt) => $"attempt-{attempt}-exited";
}
