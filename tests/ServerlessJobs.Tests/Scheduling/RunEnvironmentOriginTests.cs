using ServerlessJobs.Runs.Commands;
using static ServerlessJobs.Tests.Scheduling.CronTestApi;

namespace ServerlessJobs.Tests.Scheduling;

/// <summary>The variables that tell a scheduled run's process which occurrence and trigger it serves.</summary>
public sealed class RunEnvironmentOriginTests
{
    private static readonly RunEnvironmentInput Input = new(
        "run", "definition", "project", "organization", "fr-par", 1000, 512, 0, 1, null, null);

    [Fact]
    public void Build_TriggerRun_SetsScheduledForInUtcAndTriggerId()
    {
        var occurrence = new DateTimeOffset(2026, 3, 29, 3, 0, 0, TimeSpan.FromHours(2));

        var environment = RunEnvironment.Build(Input with { ScheduledFor = occurrence, TriggerId = "trigger" });

        Assert.Equal("2026-03-29T01:00:00Z", environment[RunEnvironment.ScheduledFor]);
        Assert.Equal("trigger", environment[RunEnvironment.TriggerId]);
    }

    [Fact]
    public void Build_ApiRun_SetsNeither()
    {
        var environment = RunEnvironment.Build(Input);

        Assert.False(environment.ContainsKey(RunEnvironment.ScheduledFor));
        Assert.False(environment.ContainsKey(RunEnvironment.TriggerId));
    }

    [Fact]
    public void Build_CronScheduleRun_SetsScheduledForOnly()
    {
        var environment = RunEnvironment.Build(Input with { ScheduledFor = Utc(2023, 10, 29, 0, 0) });

        Assert.Equal("2023-10-29T00:00:00Z", environment[RunEnvironment.ScheduledFor]);
        Assert.False(environment.ContainsKey(RunEnvironment.TriggerId));
    }
}
