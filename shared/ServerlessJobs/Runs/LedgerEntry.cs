namespace ServerlessJobs.Runs;

/// <summary>
/// A workload a host process launched and has not yet seen end: what recovery needs to kill it and report it lost
/// if that host process dies.
/// </summary>
public sealed record LedgerEntry(
    string ProjectId, string RunId, int Attempt, string BootId, int HostProcessId, DateTimeOffset HostProcessStartedAt,
    int? ProcessId, DateTimeOffset? ProcessStartedAt);
