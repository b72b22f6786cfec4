namespace ServerlessJobs.Runtimes.Process;

/// <summary>What the runtime reads of one process in <c>/proc/&lt;pid&gt;/stat</c>.</summary>
/// <param name="Pid">The process id.</param>
/// <param name="ParentPid">The parent's process id.</param>
/// <param name="State">The state letter; <c>Z</c> and <c>X</c> mean dead.</param>
/// <param name="StartTicks">When it started, in clock ticks since boot: with the pid, a process's identity.</param>
/// <param name="RssPages">Its resident set size, in pages.</param>
internal readonly record struct ProcessStat(int Pid, int ParentPid, char State, ulong StartTicks, long RssPages)
{
    /// <summary>Whether the process is gone but not yet reaped.</summary>
    public bool IsDead => State is 'Z' or 'X';
}
