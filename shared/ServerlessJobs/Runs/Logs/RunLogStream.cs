namespace ServerlessJobs.Runs.Logs;

/// <summary>Which output of the workload a chunk of log comes from.</summary>
public enum RunLogStream
{
    /// <summary>The workload's standard output.</summary>
    StandardOutput,

    /// <summary>The workload's standard error.</summary>
    StandardError,
}
