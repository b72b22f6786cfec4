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
    private static readonly int[] Sizes = [1, 100, Largest];

    private readonly Dictionary<int, Samples> _ours = Sizes.ToDictionary(n => n, _ => new Samples());
    private readonly Dictionary<int, Samples> _floor = Sizes.ToDictionary(n => n, _ => new Samples());
    private readonly Dictionary<int, int> _unfinished = Sizes.ToDictionary(n => n, _ => 0);
    private readonly Dictionary<int, CpuUse> _cpu = Sizes.ToDictionary(n => n, _ => default(CpuUse));
    private readonly List<FanOutPhases> _phases = [];
    private readonly Samples _peakDuringLargest = new();
    private double _idleAtStart;
    private double _idleAfter;
    private double _peakOverall;

    public async Task<ScenarioReport> RunAsync()
    {
        await using var host = await context.StartHostAsync("benchfanout");
        using var http = BenchContext.ClientOf(host);
        var meter = new CpuMeter(host.ProcessId, context.Azurite.ProcessId);
        var instances = new TableServiceClient(context.Azurite.Endpoints.ConnectionString)
            .GetTableClient(host.Name + "Instances");

        await Task.Delay(TimeSpan.FromSeconds(5));
        _idleAtStart = ProcReader.Memory(host.ProcessId).RssMiB;

        BenchContext.Say("fanout: warm-up");
        var warm = new JobsApi(http, BenchKey.At(3));
        await FanOutAsync(warm, await warm.CreateDefinitionAsync("bench-warm", ["/bin/true"], default), 20);
        await SpawnAsync(20);

        for (var round = 1; round <= context.Rounds; round++)
        {
            for (var k = 0; k < Sizes.Length; k++)
            {
                var n = Sizes[k];
                BenchContext.Say($"fanout: round {round}/{context.Rounds}, {n} replica(s)");
                var api = new JobsApi(http, BenchKey.At(4 + (round - 1) * Sizes.Length + k));
                var definition = await api.CreateDefinitionAsync($"bench-fanout-{n}", ["/bin/true"], default);

                await MeasureAsync(api, definition, n, host.ProcessId, meter, instances);
                _floor[n].Add(await SpawnAsync(n));
            }
        }

        _peakOverall = ProcReader.Memory(host.ProcessId).PeakMiB;
        await Task.Delay(TimeSpan.FromSeconds(10));
        _idleAfter = ProcReader.Memory(host.ProcessId).RssMiB;
        return Report();
    }

    private async Task MeasureAsync(
        JobsApi api, string definition, int n, int hostId, CpuMeter meter, TableClient instances)
    {
        await using var memory = new MemorySampler(hostId);
        var ((wall, sentAt, answered), cpu) = await meter.MeasureAsync(() => FanOutAsync(api, definition, n));
        if (n == Largest)
        {
            _peakDuringLargest.Add(memory.PeakMiB);
        }

        if (double.IsNaN(wall))
        {
            _unfinished[n]++;
            return;
        }

        _ours[n].Add(wall);
        _cpu[n] += cpu;
        if (n == Largest)
        {
            _phases.Add(await PhasesAsync(api, instances, definition, sentAt, answered, wall));
        }
    }

    // Starts n replicas and waits until the list reports n succeeded; returns the wall time in ms (NaN when they
    // did not all succeed in time), when POST was sent, and how long it took to answer.
    private static async Task<(double Wall, DateTimeOffset SentAt, double Answered)> FanOutAsync(
        JobsApi api, string definition, int n)
    {
        var poll = TimeSpan.FromMilliseconds(n switch { 1 => 10, <= 100 => 50, _ => 200 });
        var limit = TimeSpan.FromSeconds(n switch { 1 => 60, <= 100 => 180, _ => 600 });
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

    private static async Task<FanOutPhases> PhasesAsync(
        JobsApi api, TableClient instances, string definition, DateTimeOffset sentAt, double answered, double wall)
    {
        var runs = await api.ListRunsAsync(definition, default);
        var ids = runs.Select(run => (string)run["id"]!).ToHashSet();
        double Since(DateTimeOffset at) => (at - sentAt).TotalMilliseconds;

        var created = new Samples();
        var filter = TableClient.CreateQueryFilter($"CreatedTime ge {sentAt.UtcDateTime}");
        await foreach (var row in instances.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "CreatedTime"]))
        {
            if (ids.Contains(row.PartitionKey) && row.GetDateTimeOffset("CreatedTime") is { } at)
            {
                created.Add(Since(at));
            }
        }

        var launched = new Samples();
        var terminated = new Samples();
        foreach (var run in runs)
        {
            launched.Add(Since(Timestamp(run, "started_at")));
            terminated.Add(Since(Timestamp(run, "terminated_at")));
        }

        return new FanOutPhases(answered, created, launched, terminated, wall);
    }

    private static DateTimeOffset Timestamp(JsonNode run, string field) => DateTimeOffset.Parse((string)run[field]!);

    private ScenarioReport Report()
    {
        var report = new ScenarioReport("Fan-out and memory",
            "A fresh self-host; per round, one start each of 1, 100 and 1,000 replicas of `/bin/true`, each on a " +
            "definition of its own. Timed from sending `POST …/start` to the first list " +
            "(`GET /job-runs?job_definition_id=…&state=succeeded`, polled every 10/50/200 ms) whose total_count is " +
            $"all of them. Floor: as many `/bin/true` spawned from the bench, {EngineParallelism} at a time (the " +
            "self-host's default activity concurrency), each waited for with its output read. Memory: the " +
            "self-host's VmRSS from /proc, 5 s after start, sampled every 50 ms during each 1,000 fan-out, and 10 s " +
            "after the last; VmHWM is its peak over the whole scenario.");
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
        report.Figures.Add(new Figure("Memory of the self-host", "peak VmRSS during a 1,000 fan-out",
            $"{Format.Number(_peakDuringLargest.Median, "0")} MiB ({Format.Number(_peakDuringLargest.Min, "0")}–{Format.Number(peak, "0")}); " +
            $"VmHWM {Format.Number(_peakOverall, "0")} MiB", "—", null, "< 300 MB",
            peak * 1.048576 < 300 ? Verdict.Met : Verdict.Missed));
        report.Figures.Add(new Figure("Memory of the self-host", "idle VmRSS",
            $"{Format.Number(_idleAtStart, "0")} MiB after start, {Format.Number(_idleAfter, "0")} MiB after the fan-outs",
            "—", null, "", Verdict.NoTarget));

        report.Details.Add("CPU used during the fan-outs, summed over the rounds (wall time × 2 cores is what the machine had):");
        report.Details.Add("");
        report.Details.Add("| replicas | wall (sum) | CPU |");
        report.Details.Add("|---|---|---|");
        foreach (var n in Sizes)
        {
            report.Details.Add($"| {n:N0} | {Format.Ms(_ours[n].Sum)} | {_cpu[n].Describe()} |");
        }

        report.Details.Add("");
        report.Details.Add("Phases of each 1,000 fan-out, from POST sent (first / median / last run):");
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
