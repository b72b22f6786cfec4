using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ServerlessJobs.Bench.Infrastructure;
using ServerlessJobs.Bench.Measurement;
using ServerlessJobs.Bench.Report;

namespace ServerlessJobs.Bench.Scenarios;

/// <summary>
/// API throughput at 8 concurrent clients: create (10,000 definitions in all), get, and list pages of 100 over
/// those 10,000; beside it, the same blob puts, gets and lists made directly on Azurite from the bench process.
/// </summary>
internal sealed class ApiScenario(BenchContext context)
{
    private const int Clients = 8;
    private const int Definitions = 10_000;
    private const int PageSize = 100;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    private readonly RoundResults _create = new();
    private readonly RoundResults _get = new();
    private readonly RoundResults _list = new();
    private readonly RoundResults _listAsStored = new();
    private CpuUse _getCpu;
    private CpuUse _getFloorCpu;
    private int _getRequests;
    private int _getFloorRequests;

    public async Task<ScenarioReport> RunAsync()
    {
        await using var azurite = await context.StartAzuriteAsync("api");
        await using var host = await context.StartHostAsync("benchapi", azurite.Endpoints);
        using var http = BenchContext.ClientOf(host);
        var api = new JobsApi(http, BenchKey.At(0));
        var floor = new BlobServiceClient(azurite.Endpoints.ConnectionString).GetBlobContainerClient("benchfloor-api");
        await floor.CreateIfNotExistsAsync();
        var meter = new CpuMeter(host.ProcessId, azurite.ProcessId);

        BenchContext.Say("api: warm-up");
        var document = await WarmUpAsync(new JobsApi(http, BenchKey.At(1)), floor);

        var ids = new ConcurrentBag<string>();
        var names = new ConcurrentBag<string>();
        var prefix = api.Key.ProjectId + "/";
        for (var round = 1; round <= context.Rounds; round++)
        {
            BenchContext.Say($"api: create round {round}/{context.Rounds}");
            var count = Definitions / context.Rounds + (round == context.Rounds ? Definitions % context.Rounds : 0);
            var r = round;
            _create.Ours.Add(await LoadRunner.RunCountAsync(Clients, count, async i =>
                ids.Add(await api.CreateDefinitionAsync($"bench-{r}-{i}", ["/bin/true"], default))));
            _create.Floor.Add(await LoadRunner.RunCountAsync(Clients, count, async _ =>
            {
                var name = prefix + Guid.CreateVersion7() + ".json";
                await floor.GetBlobClient(name).UploadAsync(document,
                    new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } });
                names.Add(name);
            }));
        }

        var definitionIds = ids.ToArray();
        var blobNames = names.ToArray();
        for (var round = 1; round <= context.Rounds; round++)
        {
            BenchContext.Say($"api: get and list round {round}/{context.Rounds}");
            var (ours, cpu) = await meter.MeasureAsync(() => LoadRunner.RunForAsync(Clients, Window, _ =>
                api.GetDefinitionAsync(definitionIds[Random.Shared.Next(definitionIds.Length)], default)));
            _get.Ours.Add(ours);
            (_getCpu, _getRequests) = (_getCpu + cpu, _getRequests + ours.Count);
            var (floorGets, floorCpu) = await meter.MeasureAsync(() => LoadRunner.RunForAsync(Clients, Window, _ =>
                floor.GetBlobClient(blobNames[Random.Shared.Next(blobNames.Length)]).DownloadContentAsync()));
            _get.Floor.Add(floorGets);
            (_getFloorCpu, _getFloorRequests) = (_getFloorCpu + floorCpu, _getFloorRequests + floorGets.Count);

            // A list takes seconds on Azurite: a round is one list per client, not a time window.
            _list.Ours.Add(await LoadRunner.RunCountAsync(Clients, Clients, _ =>
                api.ListDefinitionsAsync(1 + Random.Shared.Next(Definitions / PageSize), PageSize, default)));
            _list.Floor.Add(await LoadRunner.RunForAsync(Clients, Window, _ => ListFirstPageAsync(floor, prefix)));
            if (round == 1)
            {
                // The store's own algorithm on raw Azurite: once is enough to compare it with the API's list.
                _listAsStored.Floor.Add(await LoadRunner.RunCountAsync(Clients, Clients, _ => ListAsStoredAsync(floor, prefix)));
            }
        }

        return Report();
    }

    // Primes the JIT, connection pools and containers on both sides, in a project of its own; returns a stored
    // definition's JSON, the document the floor writes and reads.
    private static async Task<BinaryData> WarmUpAsync(JobsApi api, BlobContainerClient floor)
    {
        var ids = new ConcurrentBag<string>();
        await LoadRunner.RunCountAsync(Clients, 200, async i => ids.Add(await api.CreateDefinitionAsync($"warm-{i}", ["/bin/true"], default)));
        var list = ids.ToArray();
        await LoadRunner.RunCountAsync(Clients, 400, i => api.GetDefinitionAsync(list[i % list.Length], default));
        await LoadRunner.RunCountAsync(Clients, 16, _ => api.ListDefinitionsAsync(1, PageSize, default));

        var document = BinaryData.FromString((await api.GetDefinitionAsync(list[0], default)).ToJsonString());
        await LoadRunner.RunCountAsync(Clients, 200, i => floor.GetBlobClient($"warm/{i}.json").UploadAsync(document, overwrite: true));
        await LoadRunner.RunCountAsync(Clients, 400, i => floor.GetBlobClient($"warm/{i % 200}.json").DownloadContentAsync());
        await LoadRunner.RunCountAsync(Clients, 16, _ => ListFirstPageAsync(floor, "warm/"));
        return document;
    }

    // The least a page of 100 documents can cost on Blob storage: one listing of 100 names, then their 100 reads.
    private static async Task ListFirstPageAsync(BlobContainerClient floor, string prefix)
    {
        await foreach (var page in floor.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, default).AsPages(pageSizeHint: PageSize))
        {
            await Task.WhenAll(page.Values.Select(item => floor.GetBlobClient(item.Name).DownloadContentAsync()));
            return;
        }
    }

    // What JobDefinitionStore does for any page: list every name of the project, then read the page's 100.
    private static async Task ListAsStoredAsync(BlobContainerClient floor, string prefix)
    {
        var names = new List<string>();
        await foreach (var item in floor.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, default))
        {
            names.Add(item.Name);
        }

        var page = Random.Shared.Next(names.Count / PageSize);
        await Task.WhenAll(names.Skip(page * PageSize).Take(PageSize)
            .Select(name => floor.GetBlobClient(name).DownloadContentAsync()));
    }

    private ScenarioReport Report()
    {
        var report = new ScenarioReport("API: create, get, list",
            $"{Clients} closed-loop clients on one pooled HttpClient, against a fresh self-host. Create: " +
            $"{Definitions:N0} definitions in {context.Rounds} rounds (the list's data set). Get: random ids of " +
            $"those, {Window.TotalSeconds:0} s a round. List: page_size {PageSize} at a random page over the " +
            $"{Definitions:N0}, one list per client a round (a list takes seconds). Floor: Azure.Storage.Blobs from the bench process " +
            "on the same Azurite, 8 tasks: a conditional put of the same JSON document, a download, and for list the " +
            "cheapest page Blob storage allows (one listing of 100 names, then 100 parallel downloads).");
        var scenario = "API (8 clients, 10,000 definitions)";
        report.Figures.Add(Row(scenario, "create: requests/s", _create, null, null));
        report.Figures.Add(Row(scenario, "get: requests/s", _get, "≥ ½ floor rate", 0.5));
        report.Figures.Add(Row(scenario, "list page_size 100: requests/s", _list, null, null));
        report.Figures.Add(new Figure(scenario, "list: floor doing what the store does (list all 10,000 names, read 100)",
            "", Cell(_listAsStored.Floor), null, "", Verdict.NoTarget));

        report.Details.Add("| round | create | create floor | get | get floor | list | list floor |");
        report.Details.Add("|---|---|---|---|---|---|---|");
        for (var i = 0; i < _create.Ours.Count; i++)
        {
            report.Details.Add($"| {i + 1} | {Format.Rate(_create.Ours[i].RequestsPerSecond)} | " +
                $"{Format.Rate(_create.Floor[i].RequestsPerSecond)} | {Format.Rate(_get.Ours[i].RequestsPerSecond)} | " +
                $"{Format.Rate(_get.Floor[i].RequestsPerSecond)} | {Format.Rate(_list.Ours[i].RequestsPerSecond)} | " +
                $"{Format.Rate(_list.Floor[i].RequestsPerSecond)} |");
        }

        report.Details.Add("");
        report.Details.Add($"CPU per get: ServerlessJobs {_getCpu.Describe(_getRequests, "ms")}; " +
            $"floor {_getFloorCpu.Describe(_getFloorRequests, "ms")}. With 2 cores, a request's CPU summed over " +
            "every process bounds the rate: 2 s of CPU a second ÷ CPU per request.");
        return report;
    }

    private static Figure Row(string scenario, string measure, RoundResults results, string? target, double? atLeast)
    {
        var ratio = results.Ours.Count > 0 && results.Floor.Count > 0
            ? Rates(results.Ours).Median / Rates(results.Floor).Median
            : (double?)null;
        var verdict = atLeast is null ? Verdict.NoTarget : ratio >= atLeast ? Verdict.Met : Verdict.Missed;
        return new Figure(scenario, measure, Cell(results.Ours), Cell(results.Floor), ratio, target ?? "", verdict);
    }

    private static string Cell(List<LoadResult> rounds)
    {
        var rates = Rates(rounds);
        var latencies = new Samples();
        foreach (var round in rounds)
        {
            latencies.AddRange(round.Latencies);
        }

        return $"{Format.Rate(rates.Median)} ({Format.Rate(rates.Min)}–{Format.Rate(rates.Max)}); {Format.Latency(latencies)}";
    }

    private static Samples Rates(List<LoadResult> rounds)
    {
        var rates = new Samples();
        foreach (var round in rounds)
        {
            rates.Add(round.RequestsPerSecond);
        }

        return rates;
    }
}
