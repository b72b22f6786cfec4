namespace ServerlessJobs.Runtimes;

/// <summary>The end of one attempt, as raised to its run's orchestration.</summary>
/// <param name="End">How it ended.</param>
/// <param name="ExitCode">The process exit code when it exited by itself (or the signal-derived code when killed).</param>
/// <param name="ExitedAt">When the runtime saw it end.</param>
/// <param name="Message">A short operator-facing explanation, never containing environment values.</param>
public sealed record AttemptExit(AttemptEnd End, int? ExitCode, DateTimeOffset ExitedAt, string? Message);
