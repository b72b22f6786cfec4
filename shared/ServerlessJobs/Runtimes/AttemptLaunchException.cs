namespace ServerlessJobs.Runtimes;

/// <summary>An attempt that could not start at all, e.g. its program does not exist.</summary>
public sealed class AttemptLaunchException(string message, Exception? inner = null) : Exception(message, inner);
