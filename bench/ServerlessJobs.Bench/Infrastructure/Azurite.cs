using System.Diagnostics;

namespace ServerlessJobs.Bench.Infrastructure;

/// <summary>
/// The bench's own Azurite (blob, queue, table) on free loopback ports, in memory as the tests run it, so that disk
/// speed does not enter the figures. Stopped when disposed.
/// </summary>
internal sealed class Azurite : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly bool _profiling;

    private Azurite(ChildProcess process, StorageEndpoints endpoints, bool profiling)
    {
        _process = process;
        Endpoints = endpoints;
        _profiling = profiling;
    }

    public StorageEndpoints Endpoints { get; }

    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts Azurite; with <paramref name="cpuProfileDirectory"/>, under Node's CPU profiler, which writes a
    /// <c>.cpuprofile</c> there when Azurite stops (bench/azurite-profile.py summarises it).
    /// </summary>
    public static async Task<Azurite> StartAsync(string logPath, string? cpuProfileDirectory)
    {
        var script = Path.Combine(RepositoryRoot.Path, "tools", "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"{script} is missing: run `npm ci --prefix tools` (bench/run.sh does).");
        }

        var endpoints = new StorageEndpoints(FreePort.Next(), FreePort.Next(), FreePort.Next());
        var start = new ProcessStartInfo("node");
        if (cpuProfileDirectory is not null)
        {
            start.ArgumentList.Add("--cpu-prof");
            start.ArgumentList.Add("--cpu-prof-dir=" + cpuProfileDirectory);
        }

        foreach (var argument in new[]
        {
            script, "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
            "--blobPort", endpoints.BlobPort.ToString(), "--queuePort", endpoints.QueuePort.ToString(),
            "--tablePort", endpoints.TablePort.ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = ChildProcess.Start("Azurite", start, logPath);
        foreach (var port in new[] { endpoints.BlobPort, endpoints.QueuePort, endpoints.TablePort })
        {
            await FreePort.WaitListeningAsync(port, process, TimeSpan.FromSeconds(60));
        }

        return new Azurite(process, endpoints, cpuProfileDirectory is not null);
    }

    /// <summary>Stops Azurite: at once, or under the profiler gently, so that it writes its profile.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_profiling)
        {
            await _process.StopAsync(TimeSpan.FromMinutes(2));
        }
        else
        {
            await _process.DisposeAsync();
        }
    }
}
