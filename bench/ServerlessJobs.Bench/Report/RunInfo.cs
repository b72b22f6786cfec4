namespace ServerlessJobs.Bench.Report;

/// <summary>The run as a whole: rounds per scenario, load average around it, how long it took.</summary>
internal sealed record RunInfo(int Rounds, double LoadBefore, double LoadAfter, TimeSpan Elapsed);
