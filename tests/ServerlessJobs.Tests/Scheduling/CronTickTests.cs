using System.Net;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServerlessJobs.Scheduling;
using ServerlessJobs.Storage;
using ServerlessJobs.Tests.Infrastructure;
using static ServerlessJobs.Tests.Scheduling.CronTestApi;

namespace ServerlessJobs.Tests.Scheduling;

/// <summary>
/// Schedules firing end to end: a real self-host over Azurite, its own clock off, and the self-host's cron ticker
/// driven by a fake clock through DST nights, restarts and repeats. Runs execute <c>true</c> through the durable
/// engine and every test waits for them to end.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CronTickTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await ServerHost.StartAsync(azurite, ClockOff());
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Tick_C1BerlinFallBackNight_StartsOneRunAtFirstTwoOClock()
    {
        var definition = await _client.CreateDefinitionAsync("0 2 * * *", "Europe/Berlin");
        var clock = new FakeTimeProvider(Utc(2023, 10, 28, 23, 58, 30));
        await _host.ScheduleDefinitionAsync(definition, clock.GetUtcNow());

        await using var ticker = await CronTickerDriver.StartAsync(_host, clock);
        await ticker.RunUntilAsync(Utc(2023, 10, 29, 1, 30));
        var runs = await _client.WaitAllTerminalAsync(await _client.RunsOfAsync(Id(definition)));

        Assert.Equal(["2023-10-29T00:00:00Z"], ScheduledFor(runs));
        Assert.Equal("succeeded", runs[0].State());
        Assert.Equal("cron_schedule", (string?)runs[0]["started_by"]);
        Assert.Null(runs[0]["trigger_id"]);
        var next = await _host.EntriesOfAsync("definition-" + Id(definition));
        Assert.Contains(Utc(2023, 10, 30, 1, 0), next.Select(e => e.DueAt));
    }

    [Fact]
    public async Task Tick_C2ParisSpringForwardGap_RunsAtFirstInstantAfterGapThenNextDay()
    {
        var definition = await _client.CreateDefinitionAsync("30 2 * * *", "Europe/Paris");
        var clock = new FakeTimeProvider(Utc(2026, 3, 29, 0, 28, 30));
        await _host.ScheduleDefinitionAsync(definition, clock.GetUtcNow());

        await using var ticker = await CronTickerDriver.StartAsync(_host, clock);
        await ticker.RunUntilAsync(Utc(2026, 3, 29, 2, 0));
        var firstDay = await _client.RunsOfAsync(Id(definition));
        var entries = await _host.EntriesOfAsync("definition-" + Id(definition));
        await ticker.JumpToAsync(Utc(2026, 3, 30, 0, 28, 30));
        await ticker.RunUntilAsync(Utc(2026, 3, 30, 0, 35));
        var runs = await _client.WaitAllTerminalAsync(await _client.RunsOfAsync(Id(definition)));

        Assert.Equal(["2026-03-29T01:00:00Z"], ScheduledFor(firstDay));
        Assert.Contains(Utc(2026, 3, 30, 0, 30), entries.Select(e => e.DueAt));
        Assert.Equal(["2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z"], ScheduledFor(runs));
        Assert.All(runs, run => Assert.Equal("succeeded", run.State()));
    }

    [Fact]
    public async Task Ticker_StartedMidMinute_TicksAtOnceThenAtEverySecondZero()
    {
        var clock = new FakeTimeProvider(Utc(2026, 5, 1, 10, 0, 30));

        await using var ticker = await CronTickerDriver.StartAsync(_host, clock);
        await ticker.RunUntilAsync(Utc(2026, 5, 1, 10, 3));

        Assert.Equal(
            [Utc(2026, 5, 1, 10, 0, 30), Utc(2026, 5, 1, 10, 1), Utc(2026, 5, 1, 10, 2), Utc(2026, 5, 1, 10, 3)],
            ticker.Results.Select(r => r.Now));
    }

    [Fact]
    public async Task Tick_RepeatedAtSameMinute_StartsNothingNew()
    {
        var definition = await _client.CreateDefinitionAsync("* * * * *");
        var tick = _host.Services.GetRequiredService<CronTick>();
        var minute = Utc(2026, 5, 2, 8, 0);
        await _host.ScheduleDefinitionAsync(definition, minute.AddSeconds(-30));

        var first = await tick.RunAsync(minute, default);
        var again = await tick.RunAsync(minute, default);
        await _host.ScheduleDefinitionAsync(definition, minute.AddSeconds(-30));
        var retried = await tick.RunAsync(minute, default);
        var runs = await _client.WaitAllTerminalAsync(await _client.RunsOfAsync(Id(definition)));

        Assert.Equal(1, first.Started);
        Assert.Equal(0, again.Due);
        Assert.Equal(1, retried.Started);
        Assert.Equal(["2026-05-02T08:00:00Z"], ScheduledFor(runs));
    }

    [Fact]
    public async Task Tick_TwoHostsOnSameStorageAtOnce_StartOneRun()
    {
        var shared = "t" + Guid.NewGuid().ToString("N")[..12];
        var settings = ClockOff();
        settings["Storage:ContainerPrefix"] = shared;
        settings["DurableTask:TaskHubName"] = shared;
        await using var first = await ServerHost.StartAsync(azurite, settings);
        await using var second = await ServerHost.StartAsync(azurite, settings);
        var client = first.CreateClient();
        var definition = await client.CreateDefinitionAsync("*/5 * * * *");
        var minute = Utc(2026, 5, 2, 9, 5);
        await first.ScheduleDefinitionAsync(definition, minute.AddMinutes(-1));

        var results = await Task.WhenAll(
            first.Services.GetRequiredService<CronTick>().RunAsync(minute, default),
            second.Services.GetRequiredService<CronTick>().RunAsync(minute, default));
        var runs = await client.WaitAllTerminalAsync(await client.RunsOfAsync(Id(definition)));
        var entries = await first.EntriesOfAsync("definition-" + Id(definition));

        Assert.InRange(results.Sum(r => r.Started), 1, 2);
        var run = Assert.Single(runs);
        Assert.Equal("2026-05-02T09:05:00Z", (string?)run["scheduled_for"]);
        Assert.Equal("succeeded", run.State());
        Assert.Single(entries, e => e.DueAt == minute.AddMinutes(5));
    }

    [Fact]
    public async Task Tick_HostDownTenMinutes_FiresLatestMissedOccurrenceOnceThenResumes()
    {
        var definition = await _client.CreateDefinitionAsync("* * * * *");
        var clock = new FakeTimeProvider(Utc(2026, 5, 1, 10, 0, 30));
        await _host.ScheduleDefinitionAsync(definition, clock.GetUtcNow());

        var before = await CronTickerDriver.StartAsync(_host, clock);
        await before.RunUntilAsync(Utc(2026, 5, 1, 10, 1));
        await before.StopAsync();
        clock.SetUtcNow(Utc(2026, 5, 1, 10, 11, 30));
        await using var after = await CronTickerDriver.StartAsync(_host, clock);
        await after.RunUntilAsync(Utc(2026, 5, 1, 10, 12));
        var runs = await _client.WaitAllTerminalAsync(await _client.RunsOfAsync(Id(definition)));

        Assert.Equal(1, after.Results[0].Started);
        Assert.Equal(
            ["2026-05-01T10:01:00Z", "2026-05-01T10:11:00Z", "2026-05-01T10:12:00Z"], ScheduledFor(runs));
    }

    [Fact]
    public async Task Tick_TriggerDue_RunCarriesItsCommandArgsAndOrigin()
    {
        var definition = await _client.CreateDefinitionAsync("0 0 1 1 *", command: ["false"]);
        var (_, trigger) = await _client.PostAsync(TriggersPath, new
        {
            job_definition_id = Id(definition), name = "every-5",
            cron_config = new
            {
                schedule = "*/5 * * * *", timezone = "UTC", startup_command = new[] { "/bin/sh", "-c" },
            },
        });
        var check = $"test \"$SCW_SLS_TRIGGER_ID\" = {Id(trigger!)} "
            + "&& test \"$SCW_SLS_SCHEDULED_FOR\" = 2026-05-03T09:05:00Z";
        var (status, _) = await _client.PatchAsync(
            $"{TriggersPath}/{Id(trigger!)}", new { cron_config = new { args = new[] { check } } });
        var minute = Utc(2026, 5, 3, 9, 5);
        await _host.ScheduleTriggerAsync(trigger!, minute.AddMinutes(-1));

        var result = await _host.Services.GetRequiredService<CronTick>().RunAsync(minute, default);
        var runs = await _client.WaitAllTerminalAsync(await _client.RunsOfAsync(Id(definition)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, result.Started);
        var run = Assert.Single(runs);
        Assert.Equal("trigger", (string?)run["started_by"]);
        Assert.Equal(Id(trigger!), (string?)run["trigger_id"]);
        Assert.Equal("2026-05-03T09:05:00Z", (string?)run["scheduled_for"]);
        Assert.Equal(["/bin/sh", "-c"], run["startup_command"]!.AsArray().Select(a => (string)a!));
        Assert.Equal([check], run["args"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("succeeded", run.State());
    }

    [Fact]
    public async Task Start_ThroughApi_RecordsStartedByApiWithoutOccurrence()
    {
        var definition = await _client.CreateDefinitionAsync();

        var (_, started) = await _client.PostAsync($"{DefinitionsPath}/{Id(definition)}/start", new { });
        var run = (await _client.WaitAllTerminalAsync([started!["job_runs"]![0]!]))[0];

        Assert.Equal("api", (string?)run["started_by"]);
        Assert.Null(run["trigger_id"]);
        Assert.Null(run["scheduled_for"]);
    }

    [Fact]
    public async Task Tick_ScheduleChangedAfterEntryWritten_DropsOldEntryWithoutStarting()
    {
        var definition = await _client.CreateDefinitionAsync("0 6 * * *");
        var minute = Utc(2026, 5, 4, 6, 0);
        await _host.ScheduleDefinitionAsync(definition, minute.AddMinutes(-1));
        var change = new { cron_schedule = new { schedule = "0 7 * * *" } };
        await _client.PatchAsync($"{DefinitionsPath}/{Id(definition)}", change);

        var result = await _host.Services.GetRequiredService<CronTick>().RunAsync(minute, default);
        var entries = await _host.EntriesOfAsync("definition-" + Id(definition));

        Assert.Equal(0, result.Started);
        Assert.Equal(1, result.Removed);
        Assert.Empty(await _client.RunsOfAsync(Id(definition)));
        Assert.DoesNotContain(minute, entries.Select(e => e.DueAt));
        Assert.Contains(minute.AddHours(1), entries.Select(e => e.DueAt));
    }

    [Fact]
    public async Task Tick_SourceUnreadable_KeepsEntryThenFiresItsOccurrenceOnceReadable()
    {
        var definition = await _client.CreateDefinitionAsync("0 6 * * *");
        var minute = Utc(2026, 5, 5, 6, 0);
        await _host.ScheduleDefinitionAsync(definition, minute.AddMinutes(-1));
        var store = _host.Services.GetRequiredService<DocumentStore>();
        var blob = new BlobServiceClient(azurite.ConnectionString)
            .GetBlobContainerClient(store.JobDefinitions.Name)
            .GetBlobClient($"{TestKeys.ProjectId}/{Id(definition)}.json");
        var stored = (await blob.DownloadContentAsync()).Value.Content;
        await blob.UploadAsync(BinaryData.FromString("{ not json"), overwrite: true);
        var tick = _host.Services.GetRequiredService<CronTick>();

        var failed = await tick.RunAsync(minute, default);
        var kept = await _host.EntriesOfAsync("definition-" + Id(definition));
        await blob.UploadAsync(stored, overwrite: true);
        var retried = await tick.RunAsync(minute.AddMinutes(1), default);
        var runs = await _client.WaitAllTerminalAsync(await _client.RunsOfAsync(Id(definition)));

        Assert.Equal((1, 0), (failed.Failed, failed.Started));
        Assert.Contains(minute, kept.Select(e => e.DueAt));
        Assert.Equal((0, 1), (retried.Failed, retried.Started));
        Assert.Equal(["2026-05-05T06:00:00Z"], ScheduledFor(runs));
    }

    private static string Id(JsonNode resource) => (string)resource["id"]!;
}
