using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ServerlessJobs.Api;
using ServerlessJobs.Server.Durable;
using ServerlessJobs.Storage;

namespace ServerlessJobs.Tests.Deploy;

/// <summary>
/// What Azure receives from <c>dotnet publish functions</c>: the host settings, the functions it indexes, the host
/// extensions it loads and nothing from the developer's machine. The host cannot run here, so these read the files.
/// </summary>
public sealed class PublishOutputTests(PublishedFunctionsApp app) : IClassFixture<PublishedFunctionsApp>
{
    // The timer trigger and HTTP are built into the Functions host: extensions.json names only what is not.
    private const string TimerSchedule = "0 * * * * *";

    [Fact]
    public void HostJson_ServesTheApiAtTheRootPath()
    {
        var host = app.ReadJson("host.json");

        Assert.Equal("2.0", (string?)host["version"]);
        Assert.Equal("", (string?)host["extensions"]?["http"]?["routePrefix"]);
    }

    [Fact]
    public void HostJson_TaskHubIsTheSelfHostsOnAzureStorageThroughAzureWebJobsStorage()
    {
        var durableTask = app.ReadJson("host.json")["extensions"]?["durableTask"];
        var provider = durableTask?["storageProvider"];

        Assert.Equal(new DurableTaskFrameworkOptions().TaskHubName, (string?)durableTask?["hubName"]);
        Assert.Equal("AzureStorage", (string?)provider?["type"]);
        Assert.Equal(StorageConnection.SettingName, (string?)provider?["connectionName"]);
    }

    [Fact]
    public void HostJson_PollsQueuesAtLeastEverySecond()
    {
        var text = (string?)app.ReadJson("host.json")["extensions"]?["durableTask"]?["storageProvider"]?
            ["maxQueuePollingInterval"];

        Assert.True(
            TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var interval),
            $"maxQueuePollingInterval '{text}' is not hh:mm:ss.");
        Assert.InRange(interval, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void HostJson_HasNoExtensionBundleBecauseTheWorkerBringsItsExtensions()
    {
        var host = app.ReadJson("host.json");

        Assert.Null(host["extensionBundle"]);
    }

    [Fact]
    public void Metadata_DeclaresEveryRouteOfTheSelfHost()
    {
        var declared = Functions("httpTrigger")
            .Select(f => $"{f.Name} {((string)f.Trigger["methods"]![0]!).ToUpperInvariant()} {f.Trigger["route"]}")
            .Order();

        var served = ApiRoutes.All.Select(r => $"{r.Name} {r.Method} {r.Template}").Order();

        Assert.Equal(served, declared);
    }

    [Fact]
    public void Metadata_DeclaresEveryOrchestratorAndActivityOfTheEngine()
    {
        var catalog = ServerlessJobsServiceCollectionExtensions.Catalog();

        var orchestrators = Functions("orchestrationTrigger").Select(f => f.Name).Order();
        var activities = Functions("activityTrigger").Select(f => f.Name).Order();

        Assert.Equal(catalog.Orchestrators.Keys.Order(), orchestrators);
        Assert.Equal(catalog.Activities.Keys.Order(), activities);
    }

    [Fact]
    public void Metadata_TimersTickAtSecondZeroOfEveryMinuteLikeTheSelfHost()
    {
        var schedules = Functions("timerTrigger").Select(f => $"{f.Name}: {f.Trigger["schedule"]}");

        Assert.All(schedules, schedule => Assert.EndsWith(": " + TimerSchedule, schedule));
    }

    [Fact]
    public void Metadata_EveryFunctionRunsFromThePublishedWorker()
    {
        var scriptFiles = Metadata().Select(f => (string)f!["scriptFile"]!).Distinct();

        Assert.Equal(["ServerlessJobs.Functions.dll"], scriptFiles);
        Assert.True(File.Exists(app.PathOf("ServerlessJobs.Functions.dll")));
    }

    [Fact]
    public void Extensions_LoadDurableTaskWithItsAzureStorageBackend()
    {
        var extensions = app.ReadJson("extensions.json")["extensions"]!.AsArray()
            .ToDictionary(e => (string)e!["name"]!, e => (string)e!["hintPath"]!);

        Assert.Contains("DurableTask", extensions.Keys);
        Assert.True(File.Exists(app.PathOf(extensions["DurableTask"])), extensions["DurableTask"] + " is missing.");
        Assert.True(File.Exists(app.PathOf(".azurefunctions/DurableTask.AzureStorage.dll")));
        Assert.True(File.Exists(app.PathOf(".azurefunctions/Azure.Storage.Queues.dll")));
        Assert.True(File.Exists(app.PathOf(".azurefunctions/Azure.Data.Tables.dll")));
    }

    [Fact]
    public void Extensions_LoadTheIsolatedWorkersFunctionIndex()
    {
        var names = app.ReadJson("extensions.json")["extensions"]!.AsArray().Select(e => (string?)e!["typeName"]);

        Assert.Contains(names, n => n?.StartsWith(
            "Microsoft.Azure.WebJobs.Extensions.FunctionMetadataLoader.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Worker_IsTheDotnet10IsolatedApp()
    {
        var worker = app.ReadJson("worker.config.json")["description"];
        var runtime = app.ReadJson("ServerlessJobs.Functions.runtimeconfig.json")["runtimeOptions"];

        Assert.Equal("dotnet-isolated", (string?)worker?["language"]);
        Assert.Equal("ServerlessJobs.Functions.dll", (string?)worker?["defaultWorkerPath"]);
        Assert.Equal("net10.0", (string?)runtime?["tfm"]);
    }

    [Fact]
    public void Output_HoldsNoLocalSettingsOrSecrets()
    {
        var files = Directory.EnumerateFiles(app.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(app.Folder, f)).ToList();
        var sampleSecrets = SampleSecretKeys();
        var textFiles = files.Where(f => Path.GetExtension(f) is ".json" or ".config" or ".env" or ".txt" or ".xml");

        Assert.DoesNotContain(files, f => Path.GetFileName(f).StartsWith("local.settings", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => Path.GetFileName(f) is ".env" or "secrets.json" || f.EndsWith(".user"));
        Assert.All(files, f => Assert.False(ContainsAny(f, sampleSecrets), $"{f} holds a local.settings secret key."));
        Assert.All(textFiles, f => Assert.False(
            ContainsAny(f, ["AccountKey=", "SharedAccessSignature=", "ClientSecret"]), $"{f} holds a credential."));
    }

    private IEnumerable<(string Name, JsonNode Trigger)> Functions(string triggerType) =>
        from function in Metadata()
        let trigger = function!["bindings"]!.AsArray().FirstOrDefault(b => (string?)b!["type"] == triggerType)
        where trigger is not null
        select ((string)function["name"]!, trigger);

    private JsonArray Metadata() => app.ReadJson("functions.metadata").AsArray();

    private bool ContainsAny(string relativePath, IReadOnlyList<string> values)
    {
        var bytes = File.ReadAllBytes(app.PathOf(relativePath));
        return values.Any(v =>
            Contains(bytes, Encoding.UTF8.GetBytes(v)) || Contains(bytes, Encoding.Unicode.GetBytes(v)));
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    // The API keys of local.settings.sample.json: a user's local.settings.json starts as a copy of it.
    private static List<string> SampleSecretKeys()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(
            Infrastructure.RepositoryRoot.Path, "local.settings.sample.json")))!["Values"]!.AsObject();
        return sample.Where(p => p.Key.EndsWith("SecretKey", StringComparison.Ordinal))
            .Select(p => (string)p.Value!).ToList();
    }
}
