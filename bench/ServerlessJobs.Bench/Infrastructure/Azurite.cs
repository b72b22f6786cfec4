using System.Diagnostics;

namespace ServerlessJobs.Bench.Infrastructure;

/// <summary>
/// The bench's own Azurite (blob, queue, table) on free loopback ports, in memory as the tests run it, so that disk
/// speed does not enter the figures. Stopped when disposed.
/// </summary>
internal sealed class Azurite : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private Azurite(ChildProcess process, StorageEndpoints endpoints)
    {
        _process = process;
        Endpoints = endpoints;
    }

    public StorageEndpoints Endpoints { get; }

    public int ProcessId => _process.Id;

    public static async Task<Azurite> StartAsync(string logDirectory)
    {
        var executable = Path.Combine(RepositoryRoot.Path, "tools", "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: run `npm ci --prefix tools` (bench/run.sh does).");
        }

        var endpoints = new StorageEndpoints(FreePort.Next(), FreePort.Next(), FreePort.Next());
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
                "--blobPort", endpoints.BlobPort.ToString(), "--queuePort", endpoints.QueuePort.ToString(),
                "--tablePort", endpoints.TablePort.ToString(),
            },
        };
        var process = ChildProcess.Start("Azurite", start, Path.Combine(logDirectory, "azurite.log"));
        foreach (var port in new[] { endpoints.BlobPort, endpoints.QueuePort, endpoints.TablePort })
        {
            await FreePort.WaitListeningAsync(port, process, TimeSpan.FromSeconds(60));
        }

        return new Azurite(process, endpoints);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
