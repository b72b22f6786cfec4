using ServerlessJobs.Bench.Infrastructure;

namespace ServerlessJobs.Bench;

/// <summary>What every scenario shares: the options, and ways to start a fresh Azurite and a fresh self-host.</summary>
/// <remarks>
/// Each scenario gets an Azurite of its own: Azurite's costs grow with what it holds, so a scenario must not pay for
/// the data of the ones before it.
/// </remarks>
internal sealed class BenchContext(BenchOptions options)
{
    public BenchOptions Options { get; } = options;

    public int Rounds => Options.Rounds;

    /// <summary>An empty Azurite; <paramref name="name"/> names its log file.</summary>
    public async Task<Azurite> StartAzuriteAsync(string name)
    {
        var azurite = await Azurite.StartAsync(
            Path.Combine(Options.LogDirectory, $"azurite-{name}.log"), Options.AzuriteProfileDirectory);
        Say($"{name}: Azurite on ports {azurite.Endpoints.BlobPort}/{azurite.Endpoints.QueuePort}/{azurite.Endpoints.TablePort}");
        return azurite;
    }

    /// <summary>A self-host on empty storage (<paramref name="name"/> names its containers and task hub).</summary>
    public Task<SelfHost> StartHostAsync(string name, StorageEndpoints storage) =>
        SelfHost.StartAsync(name, storage, Options.HostSettings, Options.LogDirectory);

    /// <summary>A client of <paramref name="host"/> with pooled connections, for any number of <see cref="JobsApi"/>.</summary>
    public static HttpClient ClientOf(SelfHost host) => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    {
        BaseAddress = host.BaseAddress,
        Timeout = TimeSpan.FromMinutes(5),
    };

    public static void Say(string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
