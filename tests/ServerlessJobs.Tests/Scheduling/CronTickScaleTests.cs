using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Definitions;
using ServerlessJobs.Scheduling;
using ServerlessJobs.Tests.Infrastructure;
using Xunit.Abstractions;
using static ServerlessJobs.Tests.Scheduling.CronTestApi;

namespace ServerlessJobs.Tests.Scheduling;

/// <summary>
/// A tick over 10,000 scheduled definitions, 100 of them due, reads the 100 due ones and one page of the index,
/// not the other 9,900. The tick's duration is written to the test output (not asserted).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CronTickScaleTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Scheduled = 10_000;
    private const int Due = 100;
    private static readonly DateTimeOffset Noon = Utc(2026, 6, 1, 12, 0);
    private ServerHost _host = null!;

    public async Task InitializeAsync() => _host = await ServerHost.StartAsync(azurite, ClockOff());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    [Trait("Category", "Scale")]
    public async Task Tick_TenThousandScheduledHundredDue_ReadsOnlyTheDueOnes()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await ScheduleAsync();
        output.WriteLine($"set-up: {clock.Elapsed.TotalSeconds:F1} s");
        var tick = _host.Services.GetRequiredService<CronTick>();

        var result = await tick.RunAsync(Noon, default);
        var repeat = await tick.RunAsync(Noon, default);
        output.WriteLine(
            $"tick over {Scheduled} schedules, {Due} due: {result.Elapsed.TotalMilliseconds:F0} ms, " +
            $"{result.IndexPages} index page(s), {result.DocumentReads} document reads, {result.Started} started; " +
            $"repeat: {repeat.Elapsed.TotalMilliseconds:F0} ms");
        var client = _host.CreateClient();
        var (_, runs) = await client.GetJsonAsync($"{RunsPath}?page_size=1000");
        clock.Restart();
        await client.WaitAllTerminalAsync(runs!["job_runs"]!.AsArray().Select(r => r!));
        output.WriteLine($"runs ended in {clock.Elapsed.TotalSeconds:F1} s");

        Assert.Equal((Due, Due, 0), (result.Due, result.Started, result.Failed));
        Assert.Equal(Due, result.DocumentReads);
        Assert.Equal(1, result.IndexPages);
        Assert.Equal((0, 0, 1), (repeat.Due, repeat.DocumentReads, repeat.IndexPages));
        Assert.Equal(Due, (int?)runs["total_count"]);
    }

    // Definitions are written straight to storage (the API would only add HTTP to the set-up); every one gets an
    // index entry as its creation would give it. The due ones fire at noon, the rest at other minutes of the day.
    private async Task ScheduleAsync()
    {
        var store = _host.Services.GetRequiredService<JobDefinitionStore>();
        var indexer = _host.Services.GetRequiredService<ScheduleIndexer>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 64 };
        await Parallel.ForEachAsync(Enumerable.Range(0, Scheduled), parallel, async (i, token) =>
        {
            var minuteOfDay = i < Due ? 12 * 60 : 12 * 60 + 1 + i % (24 * 60 - 1);
            var schedule = new CronSchedule($"{minuteOfDay % 60} {minuteOfDay / 60 % 24} * * *", "UTC");
            var definition = new JobDefinition
            {
                Id = Guid.CreateVersion7().ToString(), Name = $"scale-{i}", ProjectId = TestKeys.ProjectId,
                CpuLimit = 100, MemoryLimit = 64, StartupCommand = ["true"], CronSchedule = schedule,
                Region = "fr-par", JobTimeout = TimeSpan.FromMinutes(5),
            };
            await store.CreateAsync(definition, token);
            var source = ScheduleSource.ForDefinition(definition);
            await indexer.ScheduleAsync(source, schedule, Noon.AddSeconds(-30), token);
        });
    }
}
