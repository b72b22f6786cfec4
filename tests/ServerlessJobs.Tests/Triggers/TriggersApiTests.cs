using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Scheduling;
using ServerlessJobs.Tests.Infrastructure;
using ServerlessJobs.Tests.Scheduling;
using static ServerlessJobs.Tests.Scheduling.CronTestApi;

namespace ServerlessJobs.Tests.Triggers;

/// <summary>The v1alpha2 triggers API over HTTP: shapes, validation (C10–C13), scoping and the due index.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TriggersApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServerHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await ServerHost.StartAsync(azurite, ClockOff());
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string, string> InvalidCron => new()
    {
        { "0 */5 * * * *", "UTC", "cron_config.schedule:constraint" },
        { "0 0 30 2 *", "UTC", "cron_config.schedule:constraint" },
        { "CRON_TZ=Europe/Paris 0 8 * * *", "UTC", "cron_config.schedule:constraint" },
        { "0 8 * * *", "Mars/Olympus", "cron_config.timezone:constraint" },
        { "", "UTC", "cron_config.schedule:constraint" },
        { new string('*', 256), "UTC", "cron_config.schedule:constraint" },
        { "0 8 * * *", "", "cron_config.timezone:constraint" },
        { "0 8 * * *", new string('a', 300), "cron_config.timezone:constraint" },
    };

    [Fact]
    public async Task Create_ValidBody_ReturnsTriggerInScalewayShape()
    {
        var definition = await DefinitionAsync();

        var (status, body) = await _client.PostAsync(TriggersPath, new
        {
            job_definition_id = definition, name = "nightly",
            cron_config = new
            {
                schedule = "0 2 * * *", timezone = "Europe/Paris", startup_command = new[] { "/bin/sh", "-c" },
                args = new[] { "echo hi" },
            },
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            new[] { "created_at", "cron_config", "id", "job_definition_id", "name", "updated_at" },
            body!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(
            new[] { "args", "schedule", "startup_command", "timezone" },
            body["cron_config"]!.AsObject().Select(p => p.Key).Order());
        Assert.True(Guid.TryParse((string?)body["id"], out _));
        Assert.Equal(definition, (string?)body["job_definition_id"]);
        Assert.Equal("nightly", (string?)body["name"]);
        Assert.Equal("Europe/Paris", (string?)body["cron_config"]!["timezone"]);
        Assert.Equal(["echo hi"], body["cron_config"]!["args"]!.AsArray().Select(a => (string)a!));
        Assert.EndsWith("Z", (string?)body["created_at"]);
    }

    [Fact]
    public async Task Create_WithoutNameOrCommand_GeneratesNameAndLeavesCommandEmpty()
    {
        var definition = await DefinitionAsync();

        var (status, body) = await _client.PostAsync(TriggersPath, new
        {
            job_definition_id = definition, cron_config = new { schedule = "@daily", timezone = "UTC" },
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("trigger-", (string?)body!["name"]);
        Assert.Empty(body["cron_config"]!["startup_command"]!.AsArray());
        Assert.Empty(body["cron_config"]!["args"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(InvalidCron))]
    public async Task Create_InvalidCron_Returns400OnTheField(string schedule, string timezone, string expected)
    {
        var definition = await DefinitionAsync();

        var (status, body) = await _client.PostAsync(TriggersPath, new
        {
            job_definition_id = definition, cron_config = new { schedule, timezone },
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_arguments", (string?)body!["type"]);
        Assert.Equal(expected, HttpJson.FirstArgument(body));
    }

    [Theory]
    [MemberData(nameof(InvalidCron))]
    public async Task Update_InvalidCron_Returns400AndKeepsTheTrigger(
        string schedule, string timezone, string expected)
    {
        var trigger = await TriggerAsync(await DefinitionAsync());

        var change = new { cron_config = new { schedule, timezone } };
        var (status, body) = await _client.PatchAsync($"{TriggersPath}/{trigger}", change);
        var (_, after) = await _client.GetJsonAsync($"{TriggersPath}/{trigger}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(expected, HttpJson.FirstArgument(body));
        Assert.Equal("0 8 * * *", (string?)after!["cron_config"]!["schedule"]);
    }

    [Fact]
    public async Task Create_MissingFields_NamesEachRequiredOne()
    {
        var (status, body) = await _client.PostAsync(TriggersPath, new { name = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var details = body!["details"]!.AsArray().Select(d => $"{d!["argument_name"]}:{d["reason"]}").ToArray();
        Assert.Equal(["job_definition_id:required", "cron_config:required"], details);
    }

    [Fact]
    public async Task Create_CommandWithEmptyProgramOrNul_Returns400OnEachWord()
    {
        var definition = await DefinitionAsync();

        var (status, body) = await _client.PostAsync(TriggersPath, new
        {
            job_definition_id = definition,
            cron_config = new
            {
                schedule = "0 2 * * *", timezone = "UTC", startup_command = new[] { "" }, args = new[] { "a\0b" },
            },
        });
        var (_, list) = await _client.GetJsonAsync($"{TriggersPath}?job_definition_id={definition}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var details = body!["details"]!.AsArray().Select(d => $"{d!["argument_name"]}:{d["reason"]}").ToArray();
        Assert.Equal(["cron_config.startup_command:format", "cron_config.args:format"], details);
        Assert.Equal(0, (int?)list!["total_count"]);
    }

    [Fact]
    public async Task Create_DefinitionOfAnotherProject_Returns404JobDefinition()
    {
        var other = await _host.CreateClient(TestKeys.OtherSecretKey).CreateDefinitionAsync();

        var (status, body) = await _client.PostAsync(TriggersPath, new
        {
            job_definition_id = (string)other["id"]!, cron_config = new { schedule = "0 8 * * *", timezone = "UTC" },
        });

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("job_definition", (string?)body!["resource"]);
    }

    [Fact]
    public async Task Get_AnotherProjectsTrigger_Returns404()
    {
        var trigger = await TriggerAsync(await DefinitionAsync());

        var other = _host.CreateClient(TestKeys.OtherSecretKey);
        var (status, body) = await other.GetJsonAsync($"{TriggersPath}/{trigger}");
        var (patched, _) = await other.PatchAsync($"{TriggersPath}/{trigger}", new { name = "x" });
        var (deleted, _) = await other.SendAsync(HttpMethod.Delete, $"{TriggersPath}/{trigger}");
        var (mine, _) = await _client.GetJsonAsync($"{TriggersPath}/{trigger}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("trigger", (string?)body!["resource"]);
        Assert.Equal(trigger, (string?)body["resource_id"]);
        Assert.Equal(HttpStatusCode.NotFound, patched);
        Assert.Equal(HttpStatusCode.NotFound, deleted);
        Assert.Equal(HttpStatusCode.OK, mine);
    }

    [Fact]
    public async Task List_ByDefinition_PagesInCreationOrder()
    {
        var definition = await DefinitionAsync();
        var otherDefinition = await DefinitionAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await TriggerAsync(definition, $"t{i}"));
        }

        await TriggerAsync(otherDefinition);

        var query = $"{TriggersPath}?job_definition_id={definition}";
        var (_, first) = await _client.GetJsonAsync($"{query}&page_size=2");
        var (_, second) = await _client.GetJsonAsync($"{query}&page_size=2&page=2");
        var (_, newest) = await _client.GetJsonAsync($"{query}&order_by=created_at_desc");
        var (_, foreign) = await _host.CreateClient(TestKeys.OtherSecretKey).GetJsonAsync(query);

        Assert.Equal(3, (int?)first!["total_count"]);
        Assert.Equal(ids[..2], Ids(first));
        Assert.Equal(ids[2..], Ids(second!));
        Assert.Equal(Enumerable.Reverse(ids), Ids(newest!));
        Assert.Equal(0, (int?)foreign!["total_count"]);
    }

    [Fact]
    public async Task List_WithoutDefinition_Returns400Required()
    {
        var (status, body) = await _client.GetJsonAsync(TriggersPath);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("job_definition_id:required", HttpJson.FirstArgument(body));
    }

    [Fact]
    public async Task Update_OnlyGivenFields_Change()
    {
        var trigger = await TriggerAsync(await DefinitionAsync(), "before");

        var (_, renamed) = await _client.PatchAsync($"{TriggersPath}/{trigger}", new { name = "after" });
        var change = new { cron_config = new { schedule = "30 9 * * 1-5" } };
        var (status, rescheduled) = await _client.PatchAsync($"{TriggersPath}/{trigger}", change);

        Assert.Equal("after", (string?)renamed!["name"]);
        Assert.Equal("0 8 * * *", (string?)renamed["cron_config"]!["schedule"]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("after", (string?)rescheduled!["name"]);
        Assert.Equal("30 9 * * 1-5", (string?)rescheduled["cron_config"]!["schedule"]);
        Assert.Equal("Europe/Paris", (string?)rescheduled["cron_config"]!["timezone"]);
        var command = rescheduled["cron_config"]!["startup_command"]!.AsArray().Select(a => (string)a!);
        Assert.Equal(["echo", "hi"], command);
    }

    [Fact]
    public async Task Delete_Trigger_Returns204ThenGoneAndItsEntryStartsNothing()
    {
        var trigger = await TriggerAsync(await DefinitionAsync());
        var entry = Assert.Single(await _host.EntriesOfAsync("trigger-" + trigger));

        var (status, _) = await _client.SendAsync(HttpMethod.Delete, $"{TriggersPath}/{trigger}");
        var (after, _) = await _client.GetJsonAsync($"{TriggersPath}/{trigger}");
        var tick = await _host.Services.GetRequiredService<CronTick>().RunAsync(entry.DueAt, default);

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal(HttpStatusCode.NotFound, after);
        Assert.Equal((1, 0, 1), (tick.Due, tick.Started, tick.Removed));
        Assert.Empty(await _host.EntriesOfAsync("trigger-" + trigger));
    }

    [Fact]
    public async Task DeleteDefinition_WithTriggers_RemovesThemAndTheirEntriesStartNothing()
    {
        var definition = await DefinitionAsync();
        var triggers = new[] { await TriggerAsync(definition), await TriggerAsync(definition) };
        var dueAt = (await _host.EntriesOfAsync("trigger-" + triggers[0]))[0].DueAt;

        var (status, _) = await _client.SendAsync(HttpMethod.Delete, $"{DefinitionsPath}/{definition}");
        var tick = await _host.Services.GetRequiredService<CronTick>().RunAsync(dueAt, default);

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal((2, 0, 2), (tick.Due, tick.Started, tick.Removed));
        foreach (var trigger in triggers)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetJsonAsync($"{TriggersPath}/{trigger}")).Status);
            Assert.Empty(await _host.EntriesOfAsync("trigger-" + trigger));
        }

        var (_, list) = await _client.GetJsonAsync($"{TriggersPath}?job_definition_id={definition}");
        Assert.Equal(0, (int?)list!["total_count"]);
    }

    [Fact]
    public async Task Index_TriggerCreatedThenRescheduled_HasAnEntryAtTheNewSchedulesNextOccurrence()
    {
        var trigger = await TriggerAsync(await DefinitionAsync());
        var created = await _host.EntriesOfAsync("trigger-" + trigger);

        var change = new { cron_config = new { schedule = "15 23 * * *", timezone = "UTC" } };
        await _client.PatchAsync($"{TriggersPath}/{trigger}", change);
        var moved = await _host.EntriesOfAsync("trigger-" + trigger);

        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var first = Assert.Single(created);
        Assert.Equal(8, TimeZoneInfo.ConvertTime(first.DueAt, paris).Hour);
        Assert.InRange(first.DueAt - DateTimeOffset.UtcNow, TimeSpan.Zero, TimeSpan.FromDays(1));
        var second = Assert.Single(moved, e => e.Fingerprint != first.Fingerprint);
        Assert.Equal((23, 15), (second.DueAt.Hour, second.DueAt.Minute));
        Assert.InRange(second.DueAt - DateTimeOffset.UtcNow, TimeSpan.Zero, TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task Index_DefinitionScheduleRemoved_ItsEntryStartsNothingAndIsDropped()
    {
        var definition = (string)(await _client.CreateDefinitionAsync("0 8 * * *"))["id"]!;
        var created = Assert.Single(await _host.EntriesOfAsync("definition-" + definition));

        var change = new { cron_schedule = new { schedule = "", timezone = "" } };
        await _client.PatchAsync($"{DefinitionsPath}/{definition}", change);
        var tick = await _host.Services.GetRequiredService<CronTick>().RunAsync(created.DueAt, default);

        Assert.Equal((1, 0, 1), (tick.Due, tick.Started, tick.Removed));
        Assert.Empty(await _host.EntriesOfAsync("definition-" + definition));
        Assert.Empty(await _client.RunsOfAsync(definition));
    }

    private async Task<string> DefinitionAsync() => (string)(await _client.CreateDefinitionAsync())["id"]!;

    private async Task<string> TriggerAsync(string definition, string name = "morning")
    {
        var (status, body) = await _client.PostAsync(TriggersPath, new
        {
            job_definition_id = definition, name,
            cron_config = new
            {
                schedule = "0 8 * * *", timezone = "Europe/Paris", startup_command = new[] { "echo", "hi" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, status);
        return (string)body!["id"]!;
    }

    private static string[] Ids(JsonNode list) => list["triggers"]!.AsArray().Select(t => (string)t!["id"]!).ToArray();
}
