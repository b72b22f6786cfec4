using System.Diagnostics;

namespace ServerlessJobs.Bench.Infrastructure;

/// <summary>
/// The ServerlessJobs self-host as its own process, from the Release build, in the Development environment, with
/// the bench's keys and its own container prefix and task hub, so each host starts on empty storage.
/// </summary>
internal sealed class SelfHost : IAsyncDisposable
{
    /// <summary>How many keys (and so projects) every host accepts.</summary>
    public const int KeyCount = 40;

    private readonly ChildProcess _process;

    private SelfHost(ChildProcess process, Uri baseAddress, string name)
    {
        _process = process;
        BaseAddress = baseAddress;
        Name = name;
    }

    public Uri BaseAddress { get; }

    /// <summary>The container prefix and task hub name of this host.</summary>
    public string Name { get; }

    public int ProcessId => _process.Id;

    public static async Task<SelfHost> StartAsync(
        string name, StorageEndpoints storage, IReadOnlyDictionary<string, string> extraSettings, string logDirectory)
    {
        var dll = Path.Combine(RepositoryRoot.Path, "server", "bin", "Release", "net10.0", "ServerlessJobs.Server.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the self-host in Release (bench/run.sh does).");
        }

        var port = FreePort.Next();
        // Started from its own folder, as a deployment runs it, so that its appsettings.json applies.
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { dll }, WorkingDirectory = Path.GetDirectoryName(dll) };
        var settings = new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["AzureWebJobsStorage"] = storage.ConnectionString,
            ["Storage__ContainerPrefix"] = name,
            ["DurableTask__TaskHubName"] = name,
        };
        for (var i = 0; i < KeyCount; i++)
        {
            var key = BenchKey.At(i);
            settings[$"Auth__ApiKeys__{i}__SecretKey"] = key.SecretKey;
            settings[$"Auth__ApiKeys__{i}__ProjectId"] = key.ProjectId;
            settings[$"Auth__ApiKeys__{i}__OrganizationId"] = key.OrganizationId;
        }

        foreach (var (key, value) in settings.Concat(extraSettings))
        {
            start.Environment[key] = value;
        }

        var process = ChildProcess.Start($"self-host {name}", start, Path.Combine(logDirectory, $"server-{name}.log"));
        await FreePort.WaitListeningAsync(port, process, TimeSpan.FromSeconds(60));
        return new SelfHost(process, new Uri($"http://127.0.0.1:{port}/"), name);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
