using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerlessJobs.Runs.Logs;
using OsProcess = System.Diagnostics.Process;

namespace ServerlessJobs.Runtimes.Process;

/// <summary>
/// Runs attempts as local processes: argv executed directly (a shell only when argv names one), exactly the
/// attempt's environment over PATH, HOME and LANG from the host, stdout and stderr streamed into the run log, and
/// job_timeout and memory_limit enforced here. Linux only: it reads <c>/proc</c>.
/// </summary>
/// <remarks>
/// memory_limit is sampled, not a hard cap: every <see cref="ProcessRuntimeOptions.MemorySampleInterval"/> the
/// resident set sizes of the attempt's processes (the main one, its descendants, and orphans seen before) are read
/// from <c>/proc</c> and summed; above the limit the tree is killed and the attempt ends with
/// <see cref="AttemptEnd.MemoryExceeded"/>. A spike between two samples goes unseen, and pages that processes share
/// count once per process. Kills are immediate SIGKILLs without grace period: .NET cannot send SIGTERM to a child.
/// When the main process ends, whatever it left running is killed, as in a container. A process that detaches
/// (new session, stdio closed) between two samples escapes this; cgroups would be needed to close that gap.
/// </remarks>
public sealed class ProcessRuntime : IJobRuntime, IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan DisposeTimeout = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<AttemptKey, ProcessAttempt> _attempts = new();

    // Launches in flight by attempt: a duplicate launch waits for the first instead of starting a second process.
    private readonly ConcurrentDictionary<AttemptKey, Task<RunningAttempt>> _launching = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly RunLogStore _logs;
    private readonly ProcessRuntimeOptions _options;
    private readonly string _scratchDirectory;
    private readonly TimeProvider _time;
    private readonly ILogger<ProcessRuntime> _logger;
    private int _samplerStarted;

    /// <summary>Creates the runtime; processes are only started by <see cref="LaunchAsync"/>.</summary>
    public ProcessRuntime(
        RunLogStore logs, IOptions<ProcessRuntimeOptions> options, TimeProvider time, ILogger<ProcessRuntime> logger)
    {
        _logs = logs;
        _options = options.Value;
        _scratchDirectory = Path.GetFullPath(_options.ScratchDirectory);
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc/>
    public async Task<RunningAttempt> LaunchAsync(AttemptLaunch launch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launch);
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);

        var mine = new TaskCompletionSource<RunningAttempt>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _launching.GetOrAdd(launch.Key, mine.Task);
        if (first != mine.Task)
        {
            return await first;
        }

        try
        {
            var running = await LaunchOnceAsync(launch, cancellationToken);
            mine.SetResult(running);
            return running;
        }
        catch (Exception exception)
        {
            mine.SetException(exception);
            throw;
        }
        finally
        {
            _launching.TryRemove(new KeyValuePair<AttemptKey, Task<RunningAttempt>>(launch.Key, mine.Task));
        }
    }

    private async Task<RunningAttempt> LaunchOnceAsync(AttemptLaunch launch, CancellationToken cancellationToken)
    {
        if (_attempts.TryGetValue(launch.Key, out var existing))
        {
            // A launch activity retried while its attempt runs: one attempt never runs twice at the same time.
            Log.AlreadyRunning(_logger, launch.Key.RunId, launch.Key.Attempt, existing.Running.ProcessId);
            return existing.Running;
        }

        var environment = BuildEnvironment(launch);
        var workingDirectory = CreateWorkingDirectory(launch.Key);
        var process = await StartAsync(launch, environment, workingDirectory, cancellationToken);
        var attempt = new ProcessAttempt(launch, process.Process, process.Log, _time, _logger);
        while (!_attempts.TryAdd(launch.Key, attempt))
        {
            if (_attempts.TryGetValue(launch.Key, out existing))
            {
                // Lost a race with a launch of the same attempt: this copy goes; the directory is the other's too.
                attempt.TryEnd(AttemptEnd.Killed, "the same attempt was launched twice at once");
                _ = attempt.RunAsync(Timeout.InfiniteTimeSpan, _ => { });
                return existing.Running;
            }
        }

        Log.Started(_logger, launch.Key.RunId, launch.Key.Attempt, process.Process.Id);
        StartSampler();
        _ = attempt.RunAsync(launch.Timeout, ended =>
        {
            _attempts.TryRemove(new KeyValuePair<AttemptKey, ProcessAttempt>(ended.Key, ended));
            DeleteWorkingDirectory(ended.Key, workingDirectory);
        });
        return attempt.Running;
    }

    /// <inheritdoc/>
    public Task<bool> KillAsync(AttemptKey attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);

        var killed = _attempts.TryGetValue(attempt, out var running)
            && running.TryEnd(AttemptEnd.Killed, "killed on request");
        return Task.FromResult(killed);
    }

    /// <summary>Kills every attempt still running, so that none outlives the host unobserved.</summary>
    public void Dispose()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        _stopping.Cancel();
        foreach (var attempt in _attempts.Values)
        {
            attempt.TryEnd(AttemptEnd.Killed, "the host is stopping");
        }
    }

    /// <summary>Kills every attempt still running and waits a few seconds for their logs to be flushed.</summary>
    public async ValueTask DisposeAsync()
    {
        var exits = _attempts.Values.Select(a => a.Running.Exited).ToArray();
        Dispose();
        try
        {
            await Task.WhenAll(exits).WaitAsync(DisposeTimeout, _time);
        }
        catch (TimeoutException)
        {
            // Their processes are killed already; only the end of their logs may be missing.
        }
    }

    private Dictionary<string, string> BuildEnvironment(AttemptLaunch launch)
    {
        try
        {
            return ChildEnvironment.Build(launch.Environment);
        }
        catch (AttemptLaunchException e)
        {
            Log.LaunchFailed(_logger, launch.Key.RunId, launch.Key.Attempt, e.Message);
            throw;
        }
    }

    private async Task<(OsProcess Process, RunLogWriter Log)> StartAsync(
        AttemptLaunch launch, Dictionary<string, string> environment, string workingDirectory,
        CancellationToken cancellationToken)
    {
        var key = launch.Key;
        var program = launch.Argv.Count > 0
            ? ExecutableResolver.Resolve(launch.Argv[0], environment.GetValueOrDefault("PATH"), workingDirectory)
            : null;
        if (program is null)
        {
            DeleteWorkingDirectory(key, workingDirectory);
            throw LaunchFailed(key, launch.Argv.Count == 0
                ? "there is no command to run"
                : $"program '{launch.Argv[0]}' was not found or is not an executable file", null);
        }

        RunLogWriter? log = null;
        try
        {
            log = await _logs.OpenWriterAsync(key, _options.LogFlushInterval, cancellationToken);
            return (Start(program, launch.Argv, environment, workingDirectory), log);
        }
        catch (Exception e)
        {
            if (log is not null)
            {
                await log.CompleteAsync();
            }

            DeleteWorkingDirectory(key, workingDirectory);
            if (e is Win32Exception or IOException or InvalidOperationException)
            {
                throw LaunchFailed(key, $"program '{launch.Argv[0]}' could not be started: {e.Message}", e);
            }

            throw;
        }
    }

    private static OsProcess Start(
        string program, IReadOnlyList<string> argv, Dictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in argv.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        // Exactly this environment: the host's own holds storage keys and must never reach a workload.
        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = OsProcess.Start(start) ?? throw new InvalidOperationException("no process was started");

        // The workload reads end of file on stdin, never the host's input.
        process.StandardInput.Close();
        return process;
    }

    private AttemptLaunchException LaunchFailed(AttemptKey key, string message, Exception? inner)
    {
        Log.LaunchFailed(_logger, key.RunId, key.Attempt, message);
        return new AttemptLaunchException(message, inner);
    }

    private string CreateWorkingDirectory(AttemptKey key)
    {
        // An empty directory of its own, so that the workload never starts among the host's files.
        var name = string.Concat($"{key.RunId}-{key.Attempt}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '-'
            ? c
            : '_'));
        var path = Path.Combine(_scratchDirectory, name);
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path).FullName;
        }

        // Owner only: other users of the machine have no business in a job's files.
        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private void DeleteWorkingDirectory(AttemptKey key, string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing to delete.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.ScratchNotDeleted(_logger, key.RunId, key.Attempt, e);
        }
    }

    private void StartSampler()
    {
        if (Interlocked.Exchange(ref _samplerStarted, 1) == 0)
        {
            _ = Task.Run(() => SampleMemoryAsync(_stopping.Token));
        }
    }

    // One /proc scan per interval serves every attempt, so the cost does not grow with the number of replicas.
    private async Task SampleMemoryAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.MemorySampleInterval, _time, cancellationToken);
                if (!_attempts.IsEmpty)
                {
                    var snapshot = ProcessSnapshot.Take();
                    foreach (var attempt in _attempts.Values)
                    {
                        attempt.Observe(snapshot);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Log.SamplingFailed(_logger, e);
            }
        }
    }
}
