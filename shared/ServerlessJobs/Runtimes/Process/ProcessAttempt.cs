using System.Buffers;
using System.ComponentModel;
using System.IO.Pipes;
using Microsoft.Extensions.Logging;
using ServerlessJobs.Runs.Logs;
using OsProcess = System.Diagnostics.Process;

namespace ServerlessJobs.Runtimes.Process;

/// <summary>
/// One attempt's process while it runs: pumps its output into the run log, ends it on timeout, memory or request,
/// and reports its end once, after the log is flushed.
/// </summary>
internal sealed class ProcessAttempt
{
    private const int ReadBufferBytes = 64 << 10;

    // Once the process exited its pipes reach end of file at once, unless another process still holds them.
    private static readonly TimeSpan DrainGrace = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxTimerDue = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private readonly Lock _gate = new();
    private readonly OsProcess _process;
    private readonly RunLogWriter _log;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ulong? _startTicks;
    private readonly long _startTimestamp;
    private readonly HashSet<string> _pipes;
    private readonly Dictionary<int, ulong> _descendants = [];
    private readonly TaskCompletionSource<AttemptExit> _exited =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopReading = new();
    private (AttemptEnd End, string Reason)? _ending;
    private bool _settled;

    public ProcessAttempt(AttemptLaunch launch, OsProcess process, RunLogWriter log, TimeProvider time, ILogger logger)
    {
        _process = process;
        _log = log;
        _time = time;
        _logger = logger;
        _startTimestamp = time.GetTimestamp();
        _startTicks = ProcessTree.Read(process.Id)?.StartTicks;
        _pipes = [.. new[] { Identity(process.StandardOutput.BaseStream), Identity(process.StandardError.BaseStream) }
            .OfType<string>()];
        Key = launch.Key;
        MemoryLimitMiB = launch.MemoryLimitMiB;
        Running = new RunningAttempt(Key, process.Id, time.GetUtcNow(), _exited.Task);
    }

    public AttemptKey Key { get; }

    public uint MemoryLimitMiB { get; }

    public RunningAttempt Running { get; }

    /// <summary>Waits for the process to end and reports it; never throws.</summary>
    public async Task RunAsync(TimeSpan timeout, Action<ProcessAttempt> ended)
    {
        AttemptExit exit;
        try
        {
            var output = Task.WhenAll(
                PumpAsync(_process.StandardOutput.BaseStream, RunLogStream.StandardOutput),
                PumpAsync(_process.StandardError.BaseStream, RunLogStream.StandardError));
            using (StartTimeoutTimer(timeout))
            {
                await _process.WaitForExitAsync();
            }

            var (end, reason) = Settle();
            await DrainAsync(output);
            await _log.CompleteAsync();
            exit = new AttemptExit(end, _process.ExitCode, _time.GetUtcNow(), reason);
        }
        catch (Exception e)
        {
            Log.MonitorFailed(_logger, Key.RunId, Key.Attempt, e);
            Settle();
            KillTree();
            await _log.CompleteAsync();
            exit = new AttemptExit(AttemptEnd.Lost, null, _time.GetUtcNow(), "the runtime lost track of the process");
        }

        ended(this);
        Log.Ended(_logger, Key.RunId, Key.Attempt, exit.End, exit.ExitCode,
            _time.GetElapsedTime(_startTimestamp).TotalMilliseconds);
        _exited.TrySetResult(exit);
        _process.Dispose();
        _stopReading.Dispose();
    }

    /// <summary>
    /// Kills the process tree and makes <paramref name="end"/> its outcome, unless it has ended already; returns
    /// whether it did.
    /// </summary>
    public bool TryEnd(AttemptEnd end, string reason)
    {
        lock (_gate)
        {
            if (_ending is not null || _settled || _process.HasExited)
            {
                return false;
            }

            _ending = (end, reason);
        }

        Log.Killing(_logger, Key.RunId, Key.Attempt, reason);
        KillTree();
        return true;
    }

    /// <summary>Measures the attempt's processes in a snapshot and ends it when they use more than its limit.</summary>
    public void Observe(ProcessSnapshot snapshot)
    {
        if (_startTicks is not { } startTicks)
        {
            return;
        }

        IReadOnlyList<ProcessStat> processes;
        lock (_gate)
        {
            if (_settled)
            {
                return;
            }

            // Descendants seen before stay the attempt's after their parent exits: orphans are still its processes.
            var roots = _descendants.Select(d => (d.Key, d.Value)).Append((_process.Id, startTicks)).ToArray();
            processes = snapshot.TreesOf(roots);
            _descendants.Clear();
            foreach (var process in processes.Where(p => p.Pid != _process.Id))
            {
                _descendants[process.Pid] = process.StartTicks;
            }
        }

        var usedBytes = processes.Sum(p => p.RssPages) * Environment.SystemPageSize;
        if (MemoryLimitMiB > 0 && usedBytes > (long)MemoryLimitMiB << 20)
        {
            var usedMiB = usedBytes >> 20;
            var reason = $"memory usage of {usedMiB} MiB exceeded the memory_limit of {MemoryLimitMiB} MiB";
            if (TryEnd(AttemptEnd.MemoryExceeded, reason))
            {
                Log.MemoryExceeded(_logger, Key.RunId, Key.Attempt, usedMiB, MemoryLimitMiB);
            }
        }
    }

    private static string? Identity(Stream stream) => stream switch
    {
        PipeStream pipe => ProcessTree.PipeIdentity(pipe.SafePipeHandle.DangerousGetHandle()),
        FileStream file => ProcessTree.PipeIdentity(file.SafeFileHandle.DangerousGetHandle()),
        _ => null,
    };

    private ITimer? StartTimeoutTimer(TimeSpan timeout) =>
        timeout <= TimeSpan.Zero || timeout == Timeout.InfiniteTimeSpan
            ? null
            : _time.CreateTimer(
                _ => TryEnd(AttemptEnd.Killed, "timeout"),
                null,
                timeout < MaxTimerDue ? timeout : MaxTimerDue,
                Timeout.InfiniteTimeSpan);

    private (AttemptEnd End, string? Reason) Settle()
    {
        lock (_gate)
        {
            _settled = true;
            return _ending is { } ending ? (ending.End, ending.Reason) : (AttemptEnd.Exited, null);
        }
    }

    private async Task PumpAsync(Stream output, RunLogStream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferBytes);
        try
        {
            int read;
            while ((read = await output.ReadAsync(buffer, _stopReading.Token)) > 0)
            {
                _log.Write(stream, buffer.AsSpan(0, read));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Reading was given up, or the pipe broke: what was read is in the log already.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task DrainAsync(Task output)
    {
        // A workload ends with its main process, as a container does: what it left running is killed.
        var leftovers = KillDescendants();
        if (!await FinishesAsync(output, DrainGrace))
        {
            // Something still holds stdout or stderr: a process orphaned between two memory samples.
            leftovers += KillPipeHolders();
            if (!await FinishesAsync(output, DrainTimeout))
            {
                Log.OutputNotDrained(_logger, Key.RunId, Key.Attempt);
                await _stopReading.CancelAsync();
                await FinishesAsync(output, DrainGrace);
            }
        }

        if (leftovers > 0)
        {
            Log.LeftoversKilled(_logger, Key.RunId, Key.Attempt, leftovers);
        }
    }

    private async Task<bool> FinishesAsync(Task task, TimeSpan within)
    {
        try
        {
            await task.WaitAsync(within, _time);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private void KillTree()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or AggregateException)
        {
            // It exited meanwhile; its orphans are handled below.
        }

        KillDescendants();
    }

    private int KillDescendants()
    {
        KeyValuePair<int, ulong>[] descendants;
        lock (_gate)
        {
            descendants = [.. _descendants];
        }

        return descendants.Count(d => ProcessTree.IsAlive(d.Key, d.Value) && ProcessTree.Kill(d.Key));
    }

    private int KillPipeHolders()
    {
        // Processes the host itself forked are other attempts between fork and exec, not this one's.
        var self = Environment.ProcessId;
        return _pipes.Count == 0
            ? 0
            : ProcessTree.PipeHolders(_pipes).Count(p => p.ParentPid != self && ProcessTree.Kill(p.Pid));
    }
}
