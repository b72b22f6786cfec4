using System.Diagnostics;
using System.Text.Json.Nodes;
using ServerlessJobs.Bench.Infrastructure;
using ServerlessJobs.Bench.Measurement;
using ServerlessJobs.Bench.Report;

namespace ServerlessJobs.Bench.Scenarios;

/// <summary>
/// Start to running, one replica: from sending POST start to the first GET of the run that shows it running (or
/// already over), polling every 5 ms; beside it, the time to spawn the same program directly.
/// </summary>
internal sealed class StartLatencyScenario(BenchContext context)
{
    private const int SamplesPerRound = 20;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    private readonly Samples _toRunning = new();
    private readonly Samples _post = new();
    private readonly Samples _serverSide = new();
    private readonly Samples _floor = new();
    private readonly List<double> _roundMedians = [];

    public async Task<ScenarioReport> RunAsync()
    {
        await using var azurite = await context.StartAzuriteAsync("start");
        await using var host = await context.StartHostAsync("benchstart", azurite.Endpoints);
        using var http = BenchContext.ClientOf(host);
        var api = new JobsApi(http, BenchKey.At(2));
        var definition = await api.CreateDefinitionAsync("bench-start", ["/bin/true"], default);

        BenchContext.Say("start: warm-up");
        for (var i = 0; i < 5; i++)
        {
            await SampleAsync(api, definition, new Samples(), record: false);
            await FloorAsync(new Samples());
        }

        for (var round = 1; round <= context.Rounds; round++)
        {
            BenchContext.Say($"start: round {round}/{context.Rounds}");
            var roundSamples = new Samples();
            for (var i = 0; i < SamplesPerRound; i++)
            {
                await SampleAsync(api, definition, roundSamples, record: true);
                await FloorAsync(_floor);
            }

            _roundMedians.Add(roundSamples.Median);
            _toRunning.AddRange(roundSamples);
        }

        return Report();
    }

    private async Task SampleAsync(JobsApi api, string definition, Samples samples, bool record)
    {
        var clock = Stopwatch.StartNew();
        var runId = (await api.StartAsync(definition, 1, default))[0];
        var posted = clock.Elapsed;
        JsonNode run;
        while (true)
        {
            run = await api.GetRunAsync(runId, default);
            if ((string?)run["state"] is not ("queued" or "initialized" or "validated"))
            {
                break;
            }

            await Task.Delay(Poll);
        }

        samples.Add(clock.Elapsed.TotalMilliseconds);
        var done = await WaitOverAsync(api, runId);
        if (record)
        {
            _post.Add(posted.TotalMilliseconds);
            _serverSide.Add((DateTimeOffset.Parse((string)done["started_at"]!) - DateTimeOffset.Parse((string)done["created_at"]!))
                .TotalMilliseconds);
        }

        if ((string?)done["state"] != "succeeded")
        {
            throw new InvalidOperationException($"run {runId} ended {(string?)done["state"]}: {done.ToJsonString()}");
        }
    }

    private static async Task<JsonNode> WaitOverAsync(JobsApi api, string runId)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var run = await api.GetRunAsync(runId, default);
            if ((string?)run["state"] is "succeeded" or "failed" or "interrupted")
            {
                return run;
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"run {runId} still {(string?)run["state"]} after 60 s");
            }

            await Task.Delay(20);
        }
    }

    private static async Task FloorAsync(Samples samples)
    {
        var clock = Stopwatch.StartNew();
        using var process = Spawner.Start("/bin/true");
        samples.Add(clock.Elapsed.TotalMilliseconds);
        await process.WaitForExitAsync();
    }

    private ScenarioReport Report()
    {
        var report = new ScenarioReport("Start to running, one replica",
            $"A definition running `/bin/true`; {SamplesPerRound} starts a round, one at a time. Timed from sending " +
            $"`POST …/start` (replicas 1) to the first `GET /job-runs/{{id}}` that shows running or succeeded, " +
            $"polling every {Poll.TotalMilliseconds:0} ms; the run is left to finish before the next start. Floor: " +
            "`Process.Start(\"/bin/true\")` from the bench, stdio redirected and environment set as the process " +
            "runtime does, timed until it returns.");
        var ratio = _toRunning.Median / _floor.Median;
        report.Figures.Add(new Figure("Start to running, 1 replica", "POST start → GET shows running",
            $"{Format.Latency(_toRunning)}; round medians {Format.Ms(_roundMedians.Min())}–{Format.Ms(_roundMedians.Max())}",
            Format.Latency(_floor), ratio, "p50 < 150 ms", _toRunning.Median < 150 ? Verdict.Met : Verdict.Missed));

        report.Details.Add("| phase | p50 | p99 |");
        report.Details.Add("|---|---|---|");
        report.Details.Add($"| POST start answered (runs stored, StartJob orchestration scheduled) | {Format.Ms(_post.Median)} | {Format.Ms(_post.Percentile(99))} |");
        report.Details.Add($"| server side: run created_at → started_at (launch recorded) | {Format.Ms(_serverSide.Median)} | {Format.Ms(_serverSide.Percentile(99))} |");
        report.Details.Add($"| client side: POST sent → GET shows running | {Format.Ms(_toRunning.Median)} | {Format.Ms(_toRunning.Percentile(99))} |");
        report.Details.Add($"| floor: Process.Start | {Format.Ms(_floor.Median)} | {Format.Ms(_floor.Percentile(99))} |");
        return report;
    }
}
