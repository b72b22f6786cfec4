namespace ServerlessJobs.Runtimes.Process;

/// <summary>Every process in <c>/proc</c> at one moment, read once and shared by all running attempts.</summary>
internal sealed class ProcessSnapshot
{
    private readonly Dictionary<int, ProcessStat> _processes;
    private readonly ILookup<int, ProcessStat> _children;

    private ProcessSnapshot(Dictionary<int, ProcessStat> processes)
    {
        _processes = processes;
        _children = processes.Values.ToLookup(p => p.ParentPid);
    }

    /// <summary>Reads every process now.</summary>
    public static ProcessSnapshot Take()
    {
        var processes = new Dictionary<int, ProcessStat>();
        foreach (var pid in ProcessTree.Pids())
        {
            if (ProcessTree.Read(pid) is { } stat)
            {
                processes[pid] = stat;
            }
        }

        return new ProcessSnapshot(processes);
    }

    /// <summary>
    /// The given processes that are still the same (pid and start time) and alive, with all their descendants.
    /// </summary>
    public IReadOnlyList<ProcessStat> TreesOf(IEnumerable<(int Pid, ulong StartTicks)> roots)
    {
        var found = new Dictionary<int, ProcessStat>();
        var pending = new Queue<ProcessStat>();
        foreach (var (pid, startTicks) in roots)
        {
            if (_processes.TryGetValue(pid, out var root) && root.StartTicks == startTicks && !root.IsDead)
            {
                pending.Enqueue(root);
            }
        }

        while (pending.TryDequeue(out var process))
        {
            if (found.TryAdd(process.Pid, process))
            {
                foreach (var child in _children[process.Pid])
                {
                    pending.Enqueue(child);
                }
            }
        }

        return found.Values.ToArray();
    }
}
