namespace ServerlessJobs.Runtimes;

/// <summary>An attempt that has started: where it runs and a task that completes when it ends.</summary>
/// <param name="Key">The run and attempt.</param>
/// <param name="ProcessId">The operating-system process id, when the runtime has one.</param>
/// <param name="StartedAt">When the workload started.</param>
/// <param name="Exited">Completes once, when the workload ends for any reason; never faults.</param>
public sealed record RunningAttempt(AttemptKey Key, int? ProcessId, DateTimeOffset StartedAt, Task<AttemptExit> Exited);
