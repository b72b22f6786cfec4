namespace ServerlessJobs.Runtimes;

/// <summary>Everything a runtime needs to start one attempt.</summary>
/// <param name="Key">The run and attempt.</param>
/// <param name="Argv">The program and its arguments, already expanded; never re-split, never given to a shell.</param>
/// <param name="Environment">The complete environment of the workload, Scaleway's SCW_SLS_* variables included.</param>
/// <param name="MemoryLimitMiB">The memory the workload may use; above it the attempt ends with MemoryExceeded.</param>
/// <param name="Timeout">The attempt's job_timeout; the runtime kills the workload past it even if nobody asks.</param>
public sealed record AttemptLaunch(
    AttemptKey Key,
    IReadOnlyList<string> Argv,
    IReadOnlyDictionary<string, string> Environment,
    uint MemoryLimitMiB,
    TimeSpan Timeout);
