using System.ComponentModel.DataAnnotations;

namespace ServerlessJobs.Scheduling;

/// <summary>
/// Configuration section <c>Cron</c>: how this host ticks the schedules of job definitions and triggers.
/// </summary>
public sealed class CronOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Cron";

    /// <summary>
    /// Whether this host ticks at all (default true). Several hosts may tick the same storage: starts are keyed by
    /// schedule and occurrence, so they never run twice. Turn it off on hosts that should only serve the API.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How many due schedules one tick starts at once (default 100). Each start is a short chain of storage requests
    /// (read the source, write its runs, schedule an orchestration), so the tick takes about as many round trips as
    /// it has due schedules divided by this; the bound caps the burst when thousands fall due in one minute.
    /// </summary>
    [Range(1, 256)]
    public int TickConcurrency { get; set; } = 100;
}
