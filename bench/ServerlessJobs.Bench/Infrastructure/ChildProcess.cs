using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ServerlessJobs.Bench.Infrastructure;

/// <summary>
/// A process the bench started (Azurite, the self-host), its output appended to a log file. Every one still alive
/// is killed when the bench exits, however it exits, and nothing the bench did not start is ever touched.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private static readonly List<ChildProcess> Started = [];
    private static readonly PosixSignalRegistration[] Signals =
        [.. new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP }.Select(signal =>
            PosixSignalRegistration.Create(signal, _ => KillAll()))];

    private readonly Process _process;
    private readonly StreamWriter _log;

    // A signal kills the children, then the bench ends as the signal asks (the handler does not cancel it).
    static ChildProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    private ChildProcess(string name, Process process, StreamWriter log, string logPath)
    {
        Name = name;
        _process = process;
        _log = log;
        LogPath = logPath;
    }

    public string Name { get; }

    public string LogPath { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <paramref name="start"/> with its output redirected to <paramref name="logPath"/>.</summary>
    public static ChildProcess Start(string name, ProcessStartInfo start, string logPath)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start");
        var child = new ChildProcess(name, process, log, logPath);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        lock (Started)
        {
            Started.Add(child);
        }

        return child;
    }

    /// <summary>Asks the process to stop (SIGTERM), kills it after <paramref name="grace"/>, and forgets it.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (!_process.HasExited && Terminate(_process.Id, "TERM") == 0)
        {
            using var timeout = new CancellationTokenSource(grace);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // It did not stop in time: DisposeAsync kills it.
            }
        }

        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        lock (Started)
        {
            Started.Remove(this);
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    // .NET sends only SIGKILL; kill(1) sends the gentler signal.
    private static int Terminate(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, pid.ToString() } })!;
        kill.WaitForExit();
        return kill.ExitCode;
    }

    private static void KillAll()
    {
        lock (Started)
        {
            foreach (var child in Started)
            {
                child.Kill();
            }
        }
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            if (_log.BaseStream.CanWrite)
            {
                _log.WriteLine(line);
            }
        }
    }
}
