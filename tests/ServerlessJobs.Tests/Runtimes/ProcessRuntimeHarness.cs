using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServerlessJobs.Runs.Logs;
using ServerlessJobs.Runtimes;
using ServerlessJobs.Runtimes.Process;
using ServerlessJobs.Storage;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Runtimes;

/// <summary>A process runtime over real Azurite, with containers of its own, and helpers to launch attempts.</summary>
public sealed class ProcessRuntimeHarness : IAsyncDisposable
{
    public const string ProjectId = "11111111-1111-4111-8111-111111111111";

    private ProcessRuntimeHarness(AzuriteFixture azurite, ProcessRuntimeOptions options)
    {
        var storage = new StorageOptions { ContainerPrefix = $"proc{Guid.NewGuid():N}"[..24] };
        var documents = new DocumentStore(new BlobServiceClient(azurite.ConnectionString), Options.Create(storage));
        Logs = new RunLogStore(documents, TimeProvider.System, NullLogger<RunLogStore>.Instance);
        RuntimeOptions = options;
        Runtime = new ProcessRuntime(
            Logs, Options.Create(options), TimeProvider.System, NullLogger<ProcessRuntime>.Instance);
    }

    public ProcessRuntime Runtime { get; }

    public RunLogStore Logs { get; }

    public ProcessRuntimeOptions RuntimeOptions { get; }

    public static ProcessRuntimeHarness Create(AzuriteFixture azurite, Action<ProcessRuntimeOptions>? configure = null)
    {
        var options = new ProcessRuntimeOptions
        {
            ScratchDirectory = Path.Combine(Path.GetTempPath(), $"sj-tests-{Guid.NewGuid():N}"),
        };
        configure?.Invoke(options);
        return new ProcessRuntimeHarness(azurite, options);
    }

    /// <summary>An attempt of a new run: attempt 1, no memory limit and a minute's timeout unless told.</summary>
    public static AttemptLaunch Attempt(
        IReadOnlyList<string> argv,
        IReadOnlyDictionary<string, string>? environment = null,
        uint memoryLimitMiB = 0,
        TimeSpan? timeout = null) =>
        new(new AttemptKey(ProjectId, Guid.NewGuid().ToString(), 1), argv,
            environment ?? new Dictionary<string, string>(), memoryLimitMiB, timeout ?? TimeSpan.FromMinutes(1));

    /// <summary>Launches an attempt and waits for its end, bounded.</summary>
    public async Task<(RunningAttempt Running, AttemptExit Exit, string? Log)> RunAsync(AttemptLaunch launch)
    {
        var running = await Runtime.LaunchAsync(launch, CancellationToken.None);
        var exit = await running.Exited.WaitAsync(TimeSpan.FromSeconds(30));
        return (running, exit, await ReadLogAsync(launch.Key));
    }

    public Task<string?> ReadLogAsync(AttemptKey key) =>
        Logs.ReadAsync(key.ProjectId, key.RunId, key.Attempt, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Runtime.DisposeAsync();
        if (Directory.Exists(RuntimeOptions.ScratchDirectory))
        {
            Directory.Delete(RuntimeOptions.ScratchDirectory, recursive: true);
        }
    }
}
