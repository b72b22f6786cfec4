using ServerlessJobs.Bench.Report;

namespace ServerlessJobs.Bench.Scenarios;

/// <summary>A cron tick over 10,000 schedules of which 100 are due. Pending: the cron tick is not committed yet.</summary>
internal sealed class CronTickScenario(BenchContext context)
{
    public Task<ScenarioReport> RunAsync()
    {
        const string reason = "the cron tick (shared/ServerlessJobs/Scheduling) is not committed yet";
        BenchContext.Say($"cron: skipped: {reason}");
        var report = new ScenarioReport("Cron tick", $"Skipped in this run ({context.Rounds} rounds asked): {reason}.");
        report.Figures.Add(new Figure("Cron tick, 10,000 schedules, 100 due", "tick duration, storage reads",
            "skipped: " + reason, "—", null, "< 1 s", Verdict.Skipped));
        return Task.FromResult(report);
    }
}
