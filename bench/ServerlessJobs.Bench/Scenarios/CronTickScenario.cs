using System.Diagnostics;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Bench.Infrastructure;
using ServerlessJobs.Bench.Measurement;
using ServerlessJobs.Bench.Report;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Definitions;
using ServerlessJobs.Scheduling;
using ServerlessJobs.Server;
using ServerlessJobs.Storage;

namespace ServerlessJobs.Bench.Scenarios;

/// <summary>
/// One cron tick over 10,000 scheduled definitions, 100 of them due: its duration and the storage requests it
/// makes; beside it, listing the due-time index and reading the 100 due definitions directly.
/// </summary>
/// <remarks>
/// The self-host ticks at second 0 of each minute only, so the tick runs in a self-host built in the bench's own
/// process (<see cref="ServerApp"/>, its clock off), and is called with the time to evaluate, as the hosts call it.
/// </remarks>
internal sealed class CronTickScenario(BenchContext context)
{
    private const int Scheduled = 10_000;
    private const int Due = 100;
    private const string Name = "benchcron";

    // Each round waits for the 100 runs its tick started to finish (seconds on Azurite): at most this many rounds.
    private const int MaxRounds = 5;

    // Schedules are daily; set s (the warm-up, each round, the counted tick) fires at 12:00 + s minutes.
    private static readonly DateTimeOffset Noon = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly Samples _ours = new();
    private readonly Samples _floor = new();
    private readonly List<CronTickResult> _results = [];

    private int Rounds => Math.Min(context.Rounds, MaxRounds);

    public async Task<ScenarioReport> RunAsync()
    {
        var sets = Rounds + 1;
        var port = FreePort.Next();
        await using var azurite = await context.StartAzuriteAsync("cron");
        await using var app = ServerApp.Build([], Settings(azurite.Endpoints, port));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var api = new JobsApi(http, BenchKey.At(0));

        BenchContext.Say($"cron: scheduling {Scheduled:N0} definitions");
        var due = await ScheduleAsync(app.Services, sets);
        var store = app.Services.GetRequiredService<DocumentStore>();
        var blobs = new BlobServiceClient(azurite.Endpoints.ConnectionString);
        var index = blobs.GetBlobContainerClient(store.Schedules.Name);
        var definitions = blobs.GetBlobContainerClient(store.JobDefinitions.Name);
        var tick = app.Services.GetRequiredService<CronTick>();

        BenchContext.Say("cron: warm-up tick, its storage requests counted");
        var counted = await CountedTickAsync(azurite.Endpoints, 0);
        await WaitRunsOverAsync(api, Due);
        for (var set = 1; set <= Rounds; set++)
        {
            BenchContext.Say($"cron: round {set}/{Rounds}");
            var floor = await ReadDueDirectlyAsync(index, definitions, Noon.AddMinutes(set), due[set]);
            var clock = Stopwatch.StartNew();
            var result = await tick.RunAsync(Noon.AddMinutes(set), default);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (result.Started != Due)
            {
                throw new InvalidOperationException($"the tick started {result.Started} of {Due} due schedules");
            }

            _ours.Add(elapsed);
            _floor.Add(floor);
            _results.Add(result);
            await WaitRunsOverAsync(api, (set + 1) * Due);
        }

        return Report(counted);
    }

    // Writes the definitions and their index entries straight to storage, as creating them at 11:59:30 would have
    // (the API would only add HTTP to the set-up). Returns the blob names of each set's due definitions.
    private static async Task<List<string>[]> ScheduleAsync(IServiceProvider services, int sets)
    {
        var store = services.GetRequiredService<JobDefinitionStore>();
        var indexer = services.GetRequiredService<ScheduleIndexer>();
        var due = Enumerable.Range(0, sets).Select(_ => new List<string>()).ToArray();
        var project = BenchKey.At(0).ProjectId;
        await Parallel.ForEachAsync(Enumerable.Range(0, Scheduled), new ParallelOptions { MaxDegreeOfParallelism = 32 },
            async (i, token) =>
            {
                var set = i < sets * Due ? i / Due : -1;
                var minuteOfDay = set >= 0 ? 12 * 60 + set : 12 * 60 + sets + i % (24 * 60 - sets);
                var schedule = new CronSchedule($"{minuteOfDay % 60} {minuteOfDay / 60 % 24} * * *", "UTC");
                var definition = new JobDefinition
                {
                    Id = Guid.CreateVersion7().ToString(), Name = $"bench-cron-{i}", ProjectId = project,
                    CpuLimit = 1000, MemoryLimit = 256, StartupCommand = ["/bin/true"], CronSchedule = schedule,
                    Region = "fr-par", JobTimeout = TimeSpan.FromMinutes(10),
                };
                await store.CreateAsync(definition, token);
                var source = ScheduleSource.ForDefinition(definition);
                await indexer.ScheduleAsync(source, schedule, Noon.AddSeconds(-30), token);
                if (set >= 0)
                {
                    lock (due)
                    {
                        due[set].Add($"{project}/{definition.Id}.json");
                    }
                }
            });
        return due;
    }

    // The floor: one page of the due-time index, the due minute's bucket, then the 100 due definitions, as many at
    // once as the tick reads.
    private static async Task<double> ReadDueDirectlyAsync(
        BlobContainerClient index, BlobContainerClient definitions, DateTimeOffset minute, List<string> due)
    {
        var clock = Stopwatch.StartNew();
        var bucket = new List<string>();
        await foreach (var page in index.GetBlobsAsync(BlobTraits.None, BlobStates.None, DueIndex.Prefix, default)
            .AsPages(pageSizeHint: DueIndex.PageSize))
        {
            var prefix = DueIndex.Bucket(minute);
            bucket.AddRange(page.Values.Select(b => b.Name).Where(n => n.StartsWith(prefix, StringComparison.Ordinal)));
            break;
        }

        foreach (var name in bucket)
        {
            await index.GetBlobClient(name).DownloadContentAsync();
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = new CronOptions().TickConcurrency };
        await Parallel.ForEachAsync(due, parallel,
            async (name, token) => await definitions.GetBlobClient(name).DownloadContentAsync(token));
        return clock.Elapsed.TotalMilliseconds;
    }

    // Lets the runs a tick started finish before the next tick, so that each tick has the machine to itself.
    private static async Task WaitRunsOverAsync(JobsApi api, int expected)
    {
        var clock = Stopwatch.StartNew();
        while (await api.CountAllRunsAsync("succeeded", default) < expected && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(500);
        }
    }

    // The warm-up tick, through the counting proxy, from a second, unstarted self-host in this process on the same
    // containers and task hub (the first one's worker runs what it schedules): it warms the code the rounds run.
    private async Task<(CronTickResult Result, RequestCounts Requests)> CountedTickAsync(
        StorageEndpoints storage, int set)
    {
        await using var proxy = StorageProxy.Start(storage);
        await using var app = ServerApp.Build([], Settings(proxy.Endpoints, FreePort.Next()));
        var tick = app.Services.GetRequiredService<CronTick>();
        var before = proxy.Snapshot();
        var result = await tick.RunAsync(Noon.AddMinutes(set), default);
        return (result, proxy.Snapshot() - before);
    }

    private Dictionary<string, string?> Settings(StorageEndpoints storage, int port)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["AzureWebJobsStorage"] = storage.ConnectionString,
            ["Storage:ContainerPrefix"] = Name,
            ["DurableTask:TaskHubName"] = Name,
            ["Cron:Enabled"] = "false",
            ["Logging:Console:LogLevel:Default"] = "None",
        };
        var key = BenchKey.At(0);
        settings["Auth:ApiKeys:0:SecretKey"] = key.SecretKey;
        settings["Auth:ApiKeys:0:ProjectId"] = key.ProjectId;
        settings["Auth:ApiKeys:0:OrganizationId"] = key.OrganizationId;
        foreach (var (name, value) in context.Options.HostSettings)
        {
            settings[name.Replace("__", ":")] = value;
        }

        return settings;
    }

    private ScenarioReport Report((CronTickResult Result, RequestCounts Requests) counted)
    {
        var report = new ScenarioReport("Cron tick",
            $"{Scheduled:N0} definitions with daily schedules in one project, written to storage with their " +
            $"due-time index entries; {Due} are due at each tick and the others at other minutes of the day. The " +
            "tick (`CronTick.RunAsync`, what both hosts call at second 0 of each minute) runs in a self-host built " +
            $"in the bench process with its own clock off, called for the minute each round's schedules are due " +
            $"({Rounds} rounds after a warm-up tick); the runs it starts are left to finish before the next round. " +
            "Floor: from the bench, one listing page " +
            "of the index, the due minute's bucket, then the 100 due definitions read with the tick's concurrency.");
        var reads = _results.Count > 0 ? _results[0] : counted.Result;
        var ratio = _ours.Median / _floor.Median;
        report.Figures.Add(new Figure("Cron tick, 10,000 schedules, 100 due", "tick duration",
            $"{Format.TimeSpread(_ours)}; {reads.IndexPages} index page + {reads.DocumentReads} documents read",
            $"{Format.TimeSpread(_floor)}; 1 index page + {Due} documents read", ratio, "< 1 s",
            _ours.Median < 1000 ? Verdict.Met : Verdict.Missed));

        var requests = counted.Requests;
        report.Details.Add($"Storage requests of one tick ({counted.Result.Started} started), counted by a proxy: " +
            string.Join(", ", requests.ByKind.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")) +
            $"; {requests.Total} in all, {Format.Number(requests.Total / (double)Due, "0.0")} per due schedule. " +
            "Reads are `blob GET` and `blob GET list`; the rest is starting the runs (run documents, StartJob " +
            "orchestrations in the task hub's tables and queues) and the index: the due minute's bucket read, " +
            "the next occurrences appended to the buckets of their minutes, the due bucket deleted.");
        return report;
    }
}
