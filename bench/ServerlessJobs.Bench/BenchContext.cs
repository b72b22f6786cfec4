using ServerlessJobs.Bench.Infrastructure;

namespace ServerlessJobs.Bench;

/// <summary>What every scenario shares: the options, the bench's Azurite, and a way to start a fresh self-host.</summary>
internal sealed class BenchContext(BenchOptions options, Azurite azurite)
{
    public BenchOptions Options { get; } = options;

    public Azurite Azurite { get; } = azurite;

    public int Rounds => Options.Rounds;

    /// <summary>A self-host of its own on empty storage (<paramref name="name"/> names its containers and task hub).</summary>
    public Task<SelfHost> StartHostAsync(string name, StorageEndpoints? storage = null) =>
        SelfHost.StartAsync(name, storage ?? Azurite.Endpoints, Options.LogDirectory);

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
