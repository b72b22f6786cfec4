namespace ServerlessJobs.Bench.Report;

/// <summary>Where a figure stands against its target.</summary>
internal enum Verdict
{
    /// <summary>No target: the figure is context for another.</summary>
    NoTarget,

    Met,

    Missed,

    /// <summary>Not measured in this run; the figure's text says why.</summary>
    Skipped,
}
