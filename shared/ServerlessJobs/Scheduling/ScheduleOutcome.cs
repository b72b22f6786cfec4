namespace ServerlessJobs.Scheduling;

/// <summary>What a tick did with one due entry of the index.</summary>
public enum ScheduleOutcome
{
    /// <summary>The definition was started for the occurrence, and the entry moved to the next one.</summary>
    Started,

    /// <summary>The definition, trigger or schedule is gone: the entry was dropped.</summary>
    Removed,

    /// <summary>Left by an older schedule: dropped, and the current schedule's entry written again.</summary>
    Rescheduled,

    /// <summary>No configured key names the project's organization: nothing started, the entry moved on.</summary>
    Skipped,

    /// <summary>Storage or the engine failed: the entry stays; the next tick fires its latest occurrence.</summary>
    Failed,
}
