using System.Diagnostics;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ServerlessJobs.Bench.Infrastructure;
using ServerlessJobs.Bench.Measurement;
using ServerlessJobs.Bench.Report;

namespace ServerlessJobs.Bench.Scenarios;

/// <summary>
/// Fan-out of 1, 100 and 1,000 replicas of <c>/bin/true</c>: wall time from POST start to every run succeeded,
/// beside spawning as many processes directly with the engine's parallelism; and the self-host's memory, idle and
/// during the 1,000 fan-out.
/// </summary>
internal sealed class FanOutScenario(BenchContext context)
{
    /// <summary>Activities the self-host runs at once by default (DurableTask:MaxConcurrentActivities).</summary>
    private const int EngineParallelism = 100;

    private const int Largest = 1000;
    private static readonly int[] Small = [1, 100];
    private static readonly int[] Sizes = [.. Small, Largest];
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(10);

    private readonly Dictionary<int, Samples> _ours = Sizes.ToDictionary(n => n, _ => new Samples());
    private readonly Dictionary<int, Samples> _observed = Sizes.ToDictionary(n => n, _ => new Samples());
    private readonly Dictionary<int, Samples> _floor = Sizes.ToDictionary(n => n, _ => new Samples());
    private readonly Dictionary<int, int> _unfinished = Sizes.ToDictionary(n => n, _ => 0);
    private readonly Dictionary<int, CpuUse> _cpu = Sizes.ToDictionary(n => n, _ => default(CpuUse));
    private readonly List<FanOutPhases> _phases = [];
    private readonly Samples _peakDuringLargest = new();
    private readonly Samples _peakOverall = new();
    private readonly Samples _idleAtStart = new();
    private readonly Samples _idleAfter = new();
    private readonly List<string> _probes = [];
    private readonly List<string> _idleCpu = [];

    public async Task<ScenarioReport> RunAsync()
    {
        await RunSmallAsync();
        for (var round = 1; round <= context.Options.LargestRounds; round++)
        {
            await RunLargestAsync(round);
        }

        return Report();
    }

    // 1 and 100 replicas, each round, on one Azurite and self-host.
    private async Task RunSmallAsync()
    {
        await using var azurite = await context.StartAzuriteAsync("fanout");
        await using var host = await context.StartHostAsync("benchfanout", azurite.Endpoints);
        using var http = BenchContext.ClientOf(host);
        var meter = new CpuMeter(host.ProcessId, azurite.ProcessId);
        await WarmUpAsync(http);

        for (var round = 1; round <= context.Rounds; round++)
        {
            for (var k = 0; k < Small.Length; k++)
            {
                var n = Small[k];
                BenchContext.Say($"fanout: round {round}/{context.Rounds}, {n} replica(s)");
                var api = new JobsApi(http, BenchKey.At(4 + (round - 1) * Small.Length + k));
                await MeasureAsync(api, n, meter, null);
                _floor[n].Add(await SpawnAsync(n));
            }
        }
    }

    // 1,000 replicas on a fresh Azurite and self-host: Azurite slows down as it fills, so a second 1,000 on the same
    // one would not be the same work. Also measures the self-host's memory, and Azurite idle before and after.
    private async Task RunLargestAsync(int round)
    {
        await using var azurite = await context.StartAzuriteAsync($"fanout-{Largest}-{round}");
        await using var host = await context.StartHostAsync($"benchlarge{round}", azurite.Endpoints);
        using var http = BenchContext.ClientOf(host);
        var meter = new CpuMeter(host.ProcessId, azurite.ProcessId);
        var instances = new TableServiceClient(azurite.Endpoints.ConnectionString).GetTableClient(host.Name + "Instances");
        var probe = new AzuriteProbe(azurite.Endpoints.ConnectionString, host.Name);

        await Task.Delay(TimeSpan.FromSeconds(5));
        _idleAtStart.Add(ProcReader.Memory(host.ProcessId).RssMiB);
        var (warmProject, warmRun) = await WarmUpAsync(http);
        var idleBefore = await IdleCpuAsync(meter);
        var probeBefore = await probe.MeasureAsync(warmProject, warmRun);

        BenchContext.Say($"fanout: {Largest:N0} replicas, round {round}/{context.Options.LargestRounds}");
        var api = new JobsApi(http, BenchKey.At(4));
        var last = await MeasureAsync(api, Largest, meter, (host.ProcessId, instances));
        _floor[Largest].Add(await SpawnAsync(Largest));

        _peakOverall.Add(ProcReader.Memory(host.ProcessId).PeakMiB);
        var idleAfter = await IdleCpuAsync(meter);
        _idleAfter.Add(ProcReader.Memory(host.ProcessId).RssMiB);
        var probeAfter = last is null ? "n/a" : await probe.MeasureAsync(api.Key.ProjectId, last);
        _probes.Add($"round {round}, after the warm-up: {probeBefore}; after the {Largest:N0} fan-out: {probeAfter}");
        _idleCpu.Add($"round {round}: {idleBefore.DescribeShare(Idle)} before the fan-out; " +
            $"{idleAfter.DescribeShare(Idle)} after it");
    }

    // A few runs, so that the first measured start finds the JIT, the pools and the task hub warm; returns one run.
    private static async Task<(string ProjectId, string RunId)> WarmUpAsync(HttpClient http)
    {
        var warm = new JobsApi(http, BenchKey.At(3));
        var definition = await warm.CreateDefinitionAsync("bench-warm", ["/bin/true"], default);
        await FanOutAsync(warm, definition, 20);
        await SpawnAsync(20);
        return (warm.Key.ProjectId, (string)(await warm.ListRunsAsync(definition, default))[0]["id"]!);
    }

    // Nothing to do for a while: what the task hub's polling costs the self-host and Azurite.
    private static async Task<CpuUse> IdleCpuAsync(CpuMeter meter)
    {
        var (_, cpu) = await meter.MeasureAsync(async () =>
        {
            await Task.Delay(Idle);
            return 0;
        });
        return cpu;
    }

    // One fan-out of n on a definition of its own; returns the run recorded last, or null when not all succeeded.
    private async Task<string?> MeasureAsync(
        JobsApi api, int n, CpuMeter meter, (int HostId, TableClient Instances)? largest)
    {
        var definition = await api.CreateDefinitionAsync($"bench-fanout-{n}", ["/bin/true"], default);
        await using var memory = largest is { } l ? new MemorySampler(l.HostId) : null;
        var ((observed, sentAt, answered), cpu) = await meter.MeasureAsync(() => FanOutAsync(api, definition, n));
        if (memory is not null)
        {
            _peakDuringLargest.Add(memory.PeakMiB);
        }

        if (double.IsNaN(observed))
        {
            _unfinished[n]++;
            return null;
        }

        var phases = await PhasesAsync(api, largest?.Instances, definition, sentAt, answered, observed);
        _ours[n].Add(phases.Terminated.Max);
        _observed[n].Add(observed);
        _cpu[n] += cpu;
        if (largest is not null)
        {
            _phases.Add(phases);
        }

        return phases.LastRunId;
    }

    // Starts n replicas and waits until the list reports n succeeded; returns the wall time in ms as the bench saw
    // it (NaN when they did not all succeed in time), when POST was sent, and how long it took to answer. Polls
    // sparingly: each poll is a listing, which costs Azurite in proportion to the runs it holds.
    private static async Task<(double Observed, DateTimeOffset SentAt, double Answered)> FanOutAsync(
        JobsApi api, string definition, int n)
    {
        var poll = TimeSpan.FromMilliseconds(n switch { 1 => 10, <= 100 => 250, _ => 5000 });
        var limit = TimeSpan.FromSeconds(n switch { 1 => 60, <= 100 => 300, _ => 1200 });
        var sentAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await api.StartAsync(definition, n, default);
        var answered = clock.Elapsed.TotalMilliseconds;
        while (await api.CountRunsAsync(definition, "succeeded", default) < n)
        {
            if (clock.Elapsed > limit)
            {
                var succeeded = await api.CountRunsAsync(definition, "succeeded", default);
                var failed = await api.CountRunsAsync(definition, "failed", default);
                BenchContext.Say($"fanout: {n} replica(s) unfinished after {limit.TotalSeconds:0} s: " +
                    $"{succeeded} succeeded, {failed} failed");
                return (double.NaN, sentAt, answered);
            }

            await Task.Delay(poll);
        }

        return (clock.Elapsed.TotalMilliseconds, sentAt, answered);
    }

    private static async Task<double> SpawnAsync(int n)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, n), new ParallelOptions { MaxDegreeOfParallelism = EngineParallelism },
            async (_, _) => await Spawner.RunAsync("/bin/true"));
        return clock.Elapsed.TotalMilliseconds;
    }

    // The run documents say when each run was launched and recorded over; the Instances table, when each run's
    // orchestration was created.
    private static async Task<FanOutPhases> PhasesAsync(
        JobsApi api, TableClient? instances, string definition, DateTimeOffset sentAt, double answered, double observed)
    {
        var runs = await api.ListRunsAsync(definition, default);
        var ids = runs.Select(run => (string)run["id"]!).ToHashSet();
        double Since(DateTimeOffset at) => (at - sentAt).TotalMilliseconds;

        var created = new Samples();
        if (instances is not null)
        {
            var filter = TableClient.CreateQueryFilter($"CreatedTime ge {sentAt.UtcDateTime}");
            await foreach (var row in instances.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "CreatedTime"]))
            {
                if (ids.Contains(row.PartitionKey) && row.GetDateTimeOffset("CreatedTime") is { } at)
                {
                    created.Add(Since(at));
                }
            }
        }

        var launched = new Samples();
        var terminated = new Samples();
        foreach (var run in runs)
        {
            launched.Add(Since(Timestamp(run, "started_at")));
            terminated.Add(Since(Timestamp(run, "terminated_at")));
        }

        var last = runs.MaxBy(run => Timestamp(run, "terminated_at"))!;
        return new FanOutPhases(answered, created, launched, terminated, observed, (string)last["id"]!);
    }

    private static DateTimeOffset Timestamp(JsonNode run, string field) => DateTimeOffset.Parse((string)run[field]!);

    private ScenarioReport Report()
    {
        var report = new ScenarioReport("Fan-out and memory",
            $"Starts of 1 and 100 replicas of `/bin/true` ({context.Rounds} rounds, one Azurite and self-host), and " +
            $"of {Largest:N0} ({context.Options.LargestRounds} round(s), each on a fresh Azurite and self-host: " +
            "Azurite slows down as it fills), each on a definition of its own with the default job_timeout. Timed " +
            "from sending `POST …/start` to the last run's `terminated_at` (when it was recorded succeeded), once " +
            "the list (`GET /job-runs?job_definition_id=…&state=succeeded`, polled every 10 ms / 250 ms / 5 s: each " +
            $"poll is a listing that costs Azurite) shows them all succeeded. Floor: as many `/bin/true` spawned " +
            $"from the bench, {EngineParallelism} at a time (the self-host's default activity concurrency), each " +
            $"waited for with its output read. Memory: the self-host's VmRSS from /proc, 5 s after start, sampled " +
            $"every 50 ms during the {Largest:N0} fan-out, and {Idle.TotalSeconds:0} s after it; VmHWM is its peak.");
        foreach (var n in Sizes)
        {
            var ours = _ours[n];
            var floor = _floor[n];
            var ratio = ours.Median / floor.Median;
            var unfinished = _unfinished[n];
            var (target, verdict) = n == Largest
                ? ("≤ 10× floor (2× later)", ratio <= 10 && unfinished == 0 ? Verdict.Met : Verdict.Missed)
                : ("", Verdict.NoTarget);
            var text = Format.TimeSpread(ours) + (unfinished > 0
                ? $"; {unfinished} of {unfinished + ours.Count} rounds not all succeeded within the time limit"
                : "");
            report.Figures.Add(new Figure("Fan-out of `/bin/true`", $"{n:N0} replica(s): start → all succeeded",
                text, Format.TimeSpread(floor), ratio, target, verdict));
        }

        var peak = _peakDuringLargest.Max;
        report.Figures.Add(new Figure("Memory of the self-host", $"peak VmRSS during a {Largest:N0} fan-out",
            $"{Format.Number(peak, "0")} MiB ({Format.Number(peak * 1.048576, "0")} MB); VmHWM " +
            $"{Format.Number(_peakOverall.Max, "0")} MiB", "—", null, "< 300 MB",
            peak * 1.048576 < 300 ? Verdict.Met : Verdict.Missed));
        report.Figures.Add(new Figure("Memory of the self-host", "idle VmRSS",
            $"{Format.Number(_idleAtStart.Median, "0")} MiB after start, {Format.Number(_idleAfter.Median, "0")} MiB " +
            $"{Idle.TotalSeconds:0} s after the {Largest:N0} fan-out", "—", null, "", Verdict.NoTarget));

        report.Details.Add("CPU used during the fan-outs, summed over the rounds (wall time × 2 cores is what the machine had):");
        report.Details.Add("");
        report.Details.Add("| replicas | wall (sum) | CPU |");
        report.Details.Add("|---|---|---|");
        foreach (var n in Sizes)
        {
            report.Details.Add($"| {n:N0} | {Format.Ms(_ours[n].Sum)} | {_cpu[n].Describe()} |");
        }

        report.Details.Add("");
        report.Details.Add("Seen by the bench's polling (start → the list shows all succeeded): " + string.Join(", ",
            Sizes.Select(n => $"{n:N0}: {Format.TimeSpread(_observed[n])}")) + ".");
        report.Details.Add("");
        report.Details.Add($"CPU share of one core with the self-host idle for {Idle.TotalSeconds:0} s (the task hub polls its queues):");
        report.Details.Add("");
        report.Details.AddRange(_idleCpu.Select(line => "- " + line));
        report.Details.Add("");
        report.Details.Add("Azurite, one operation at a time from the bench (median of 10):");
        report.Details.Add("");
        report.Details.AddRange(_probes.Select(line => "- " + line));
        report.Details.Add("");
        report.Details.Add($"Phases of each {Largest:N0} fan-out, from POST sent (first / median / last run):");
        report.Details.Add("");
        report.Details.Add("| round | POST answered (runs stored) | RunReplica orchestrations created | launched (started_at) | recorded over (terminated_at) | seen all succeeded |");
        report.Details.Add("|---|---|---|---|---|---|");
        for (var i = 0; i < _phases.Count; i++)
        {
            var p = _phases[i];
            report.Details.Add($"| {i + 1} | {Format.Ms(p.Answered)} | {Spread(p.OrchestrationsCreated)} | " +
                $"{Spread(p.Launched)} | {Spread(p.Terminated)} | {Format.Ms(p.ObservedAllSucceeded)} |");
        }

        return report;
    }

    private static string Spread(Samples samples) => samples.Count == 0
        ? "n/a"
        : $"{Format.Ms(samples.Min)} / {Format.Ms(samples.Median)} / {Format.Ms(samples.Max)}";
}
