using System.Diagnostics;
using ServerlessJobs.Bench.Infrastructure;
using ServerlessJobs.Bench.Report;

namespace ServerlessJobs.Bench.Scenarios;

/// <summary>
/// Counts the storage requests behind each operation, through <see cref="StorageProxy"/>: an idle second, a create,
/// a get, a list page, and a fan-out of 100 per run. Counts only: the proxy's hop makes its timings meaningless.
/// </summary>
internal sealed class StorageProfileScenario(BenchContext context)
{
    private const int FanOut = 100;
    private const int ListedDefinitions = 300;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(10);

    public async Task<ScenarioReport> RunAsync()
    {
        await using var azurite = await context.StartAzuriteAsync("profile");
        await using var proxy = StorageProxy.Start(azurite.Endpoints);
        await using var host = await context.StartHostAsync("benchcount", proxy.Endpoints);
        using var http = BenchContext.ClientOf(host);
        var api = new JobsApi(http, BenchKey.At(38));

        BenchContext.Say("profile: warm-up and idle");
        var warm = new JobsApi(http, BenchKey.At(39));
        var warmDefinition = await warm.CreateDefinitionAsync("bench-warm", ["/bin/true"], default);
        await warm.StartAsync(warmDefinition, 5, default);
        await WaitAllSucceededAsync(warm, warmDefinition, 5);
        await Task.Delay(TimeSpan.FromSeconds(3));

        var before = proxy.Snapshot();
        await Task.Delay(Idle);
        var idle = proxy.Snapshot() - before;

        BenchContext.Say("profile: API calls");
        var ids = new List<string>();
        for (var i = 0; i < ListedDefinitions - 1; i++)
        {
            ids.Add(await api.CreateDefinitionAsync($"bench-count-{i}", ["/bin/true"], default));
        }

        var create = await CountAsync(proxy, () => api.CreateDefinitionAsync("bench-count-last", ["/bin/true"], default));
        var get = await CountAsync(proxy, () => api.GetDefinitionAsync(ids[0], default));
        var list = await CountAsync(proxy, () => api.ListDefinitionsAsync(2, 100, default));

        BenchContext.Say($"profile: fan-out of {FanOut}");
        var definition = ids[^1];
        var clock = Stopwatch.StartNew();
        var fanOut = await CountAsync(proxy, async () =>
        {
            await api.StartAsync(definition, FanOut, default);
            await WaitAllSucceededAsync(api, definition, FanOut);
            return 0;
        });
        var seconds = clock.Elapsed.TotalSeconds;

        var report = new ScenarioReport("Storage requests per operation",
            "A self-host whose storage traffic goes through a counting proxy in the bench (its timings are not " +
            "used). Idle: 10 s with nothing to do (the task hub's queue polling). API calls: one of each, the list " +
            $"over {ListedDefinitions} definitions (page 2, page_size 100). Fan-out: one start of {FanOut} replicas " +
            "of `/bin/true` until all succeeded, including the bench's own list polls every 50 ms; the per-run " +
            "column subtracts the idle polling rate over the fan-out's duration. API columns count blob requests " +
            "only (·: the task hub's polling, not the call).");
        report.Details.Add("| request kind | idle, per second | create | get | list | fan-out of 100, per run |");
        report.Details.Add("|---|---|---|---|---|---|");
        var kinds = idle.ByKind.Keys.Concat(create.ByKind.Keys).Concat(get.ByKind.Keys).Concat(list.ByKind.Keys)
            .Concat(fanOut.ByKind.Keys).Distinct().Order();
        var perRunTotal = 0.0;
        foreach (var kind in kinds)
        {
            var idleRate = idle.ByKind.GetValueOrDefault(kind) / Idle.TotalSeconds;
            var perRun = Math.Max(0, fanOut.ByKind.GetValueOrDefault(kind) - idleRate * seconds) / FanOut;
            perRunTotal += perRun;
            report.Details.Add($"| {kind} | {Format.Number(idleRate, "0.0")} | {ApiCell(create, kind)} | " +
                $"{ApiCell(get, kind)} | {ApiCell(list, kind)} | {Format.Number(perRun, "0.0")} |");
        }

        var idleTotal = idle.Total / Idle.TotalSeconds;
        report.Details.Add($"| **all** | {Format.Number(idleTotal, "0.0")} | {ApiTotal(create)} | {ApiTotal(get)} | {ApiTotal(list)} | " +
            $"{Format.Number(perRunTotal, "0.0")} |");
        return report;
    }

    // An API call touches blobs only; queue and table requests in its window are the task hub's polling.
    private static bool ApiKind(string kind) => kind.StartsWith("blob ", StringComparison.Ordinal) && !kind.EndsWith(" lease", StringComparison.Ordinal);

    private static string ApiCell(RequestCounts counts, string kind) =>
        ApiKind(kind) ? counts.ByKind.GetValueOrDefault(kind).ToString() : "·";

    private static long ApiTotal(RequestCounts counts) => counts.ByKind.Where(p => ApiKind(p.Key)).Sum(p => p.Value);

    private static async Task<RequestCounts> CountAsync<T>(StorageProxy proxy, Func<Task<T>> operation)
    {
        var before = proxy.Snapshot();
        await operation();
        return proxy.Snapshot() - before;
    }

    private static async Task WaitAllSucceededAsync(JobsApi api, string definition, int n)
    {
        var clock = Stopwatch.StartNew();
        while (await api.CountRunsAsync(definition, "succeeded", default) < n)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException($"not all {n} runs succeeded within 5 minutes");
            }

            await Task.Delay(50);
        }
    }
}
