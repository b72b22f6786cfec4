using System.Diagnostics;
using ServerlessJobs.Bench;
using ServerlessJobs.Bench.Infrastructure;
using ServerlessJobs.Bench.Report;
using ServerlessJobs.Bench.Scenarios;

// The bench: starts its own Azurite, runs each scenario against fresh self-hosts, writes bench/RESULTS.md.
var options = BenchOptions.Parse(args, RepositoryRoot.Path);
Directory.CreateDirectory(options.LogDirectory);
if (options.Scenarios.Contains("micro"))
{
    ServerlessJobs.Bench.Micro.MicroBenchmarks.Run(options.LogDirectory);
    return 0;
}

if (options.WaitForLoadBelow is { } ceiling)
{
    await LoadWait.UntilBelowAsync(ceiling, options.MaxLoadWait);
}

var loadBefore = ProcReader.LoadAverage();
var clock = Stopwatch.StartNew();
var machine = MachineInfo.Describe();
var reports = new List<ScenarioReport>();
var context = new BenchContext(options);
BenchContext.Say($"logs in {options.LogDirectory}");
var scenarios = new (string Name, Func<Task<ScenarioReport>> Run)[]
{
    ("api", () => new ApiScenario(context).RunAsync()),
    ("start", () => new StartLatencyScenario(context).RunAsync()),
    ("fanout", () => new FanOutScenario(context).RunAsync()),
    ("cron", () => new CronTickScenario(context).RunAsync()),
    ("profile", () => new StorageProfileScenario(context).RunAsync()),
};
foreach (var (name, run) in scenarios.Where(s => options.Scenarios.Contains(s.Name)))
{
    try
    {
        reports.Add(await run());
        BenchContext.Say($"{name}: done");
    }
    catch (Exception e)
    {
        // One broken scenario must not cost the figures of the others.
        BenchContext.Say($"{name}: failed: {e}");
        reports.Add(ScenarioReport.Failed(name, e));
    }
}

ResultsWriter.Write(options.ResultsPath, machine,
    new RunInfo(options.Rounds, loadBefore, ProcReader.LoadAverage(), clock.Elapsed), reports);
BenchContext.Say($"wrote {options.ResultsPath}");
return 0;
