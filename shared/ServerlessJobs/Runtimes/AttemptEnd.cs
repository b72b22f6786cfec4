namespace ServerlessJobs.Runtimes;

/// <summary>How an attempt's workload ended.</summary>
public enum AttemptEnd
{
    /// <summary>It exited by itself; the exit code says how.</summary>
    Exited,

    /// <summary>It was killed on request (stop) or because its timeout passed.</summary>
    Killed,

    /// <summary>It used more memory than its memory_limit and was killed.</summary>
    MemoryExceeded,

    /// <summary>Its host went away while it ran; nothing is known of its result.</summary>
    Lost,
}
