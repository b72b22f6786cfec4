using System.ComponentModel;
using System.Globalization;
using OsProcess = System.Diagnostics.Process;

namespace ServerlessJobs.Runtimes.Process;

/// <summary>
/// Reads processes from <c>/proc</c> and kills process trees, telling a process from a later one that reused its pid
/// by its start time.
/// </summary>
/// <remarks>Two start times match within 5 s of each other: the kernel's is exact to a second only.</remarks>
public static class ProcessTree
{
    // /proc reports times in USER_HZ, which is 100 on every Linux architecture .NET runs on.
    private const double ClockTicksPerSecond = 100;

    // The kernel's start time is exact to a second (btime) and StartedAt is taken just after the start returns;
    // a pid is not reused within a few seconds.
    private static readonly TimeSpan SameStartTolerance = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Kills the process tree of <paramref name="pid"/> only if that pid still belongs to the process started at
    /// <paramref name="startedAt"/> (a <see cref="RunningAttempt.StartedAt"/>), e.g. after the host restarted;
    /// returns whether it was alive and killed.
    /// </summary>
    public static bool KillIfSame(int pid, DateTimeOffset startedAt) => IsAlive(pid, startedAt) && Kill(pid);

    /// <summary>
    /// Whether <paramref name="pid"/> is alive and still the process started at <paramref name="startedAt"/>, not a
    /// later one that reused the pid.
    /// </summary>
    public static bool IsAlive(int pid, DateTimeOffset startedAt) =>
        Read(pid) is { IsDead: false } stat && IsSameStart(stat, startedAt);

    /// <summary>When a process started, as read from <c>/proc</c>, or <see langword="null"/> if it is gone.</summary>
    public static DateTimeOffset? StartTimeOf(int pid) => Read(pid) is { } stat ? StartTime(stat.StartTicks) : null;

    /// <summary>Reads one process, or <see langword="null"/> when it does not exist.</summary>
    internal static ProcessStat? Read(int pid)
    {
        try
        {
            return Parse(pid, File.ReadAllText($"/proc/{pid}/stat"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException
            or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Parses the text of <c>/proc/&lt;pid&gt;/stat</c>.</summary>
    internal static ProcessStat? Parse(int pid, string text)
    {
        // The command name (field 2) is in parentheses and may itself hold spaces and parentheses.
        var close = text.LastIndexOf(')');
        if (close < 0 || close + 2 >= text.Length)
        {
            return null;
        }

        var fields = text[(close + 2)..].Split(' ');
        if (fields.Length < 22)
        {
            return null;
        }

        // fields[0] is field 3 of proc(5): state; then ppid (4), starttime (22) and rss (24).
        return new ProcessStat(
            pid,
            int.Parse(fields[1], CultureInfo.InvariantCulture),
            fields[0][0],
            ulong.Parse(fields[19], CultureInfo.InvariantCulture),
            long.Parse(fields[21], CultureInfo.InvariantCulture));
    }

    /// <summary>Whether <paramref name="pid"/> is still the living process that started at these ticks.</summary>
    internal static bool IsAlive(int pid, ulong startTicks) =>
        Read(pid) is { IsDead: false } stat && stat.StartTicks == startTicks;

    /// <summary>Kills a process and its descendants; returns whether it was there to kill.</summary>
    internal static bool Kill(int pid)
    {
        try
        {
            using var process = OsProcess.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception
            or AggregateException)
        {
            // Gone already, or not ours to kill.
            return false;
        }
    }

    /// <summary>The processes other than this one that hold one of the given pipes open, e.g. a job's stdout.</summary>
    internal static IReadOnlyList<ProcessStat> PipeHolders(IReadOnlySet<string> pipes)
    {
        var self = Environment.ProcessId;
        var holders = new List<ProcessStat>();
        foreach (var pid in Pids())
        {
            if (pid != self && HoldsAny(pid, pipes) && Read(pid) is { IsDead: false } stat)
            {
                holders.Add(stat);
            }
        }

        return holders;
    }

    /// <summary>The identity of an open pipe as /proc shows it, e.g. <c>pipe:[1234]</c>.</summary>
    internal static string? PipeIdentity(nint fileDescriptor) => LinkTarget($"/proc/self/fd/{fileDescriptor}");

    /// <summary>The ids of every process now in /proc.</summary>
    internal static IEnumerable<int> Pids()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                yield return pid;
            }
        }
    }

    private static bool IsSameStart(ProcessStat stat, DateTimeOffset startedAt) =>
        (StartTime(stat.StartTicks) - startedAt).Duration() <= SameStartTolerance;

    private static DateTimeOffset StartTime(ulong startTicks) =>
        BootTime().AddSeconds(startTicks / ClockTicksPerSecond);

    private static DateTimeOffset BootTime()
    {
        foreach (var line in File.ReadLines("/proc/stat"))
        {
            if (line.StartsWith("btime ", StringComparison.Ordinal))
            {
                return DateTimeOffset.FromUnixTimeSeconds(long.Parse(line[6..], CultureInfo.InvariantCulture));
            }
        }

        throw new InvalidOperationException("/proc/stat has no btime line");
    }

    private static bool HoldsAny(int pid, IReadOnlySet<string> pipes)
    {
        try
        {
            foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd"))
            {
                if (LinkTarget(fd) is { } target && pipes.Contains(target))
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone meanwhile, or another user's: neither holds our pipes.
        }

        return false;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
