using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Scheduling;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Scheduling;

/// <summary>What the cron tests do over HTTP and in the index: create scheduled definitions, read runs.</summary>
public static class CronTestApi
{
    public const string DefinitionsPath = HttpJson.V2 + "/job-definitions";
    public const string RunsPath = HttpJson.V2 + "/job-runs";
    public const string TriggersPath = HttpJson.V2 + "/triggers";

    /// <summary>Settings for a host whose own cron clock is off, so only the test's fake clock ticks.</summary>
    public static Dictionary<string, string?> ClockOff() => new() { ["Cron:Enabled"] = "false" };

    /// <summary>Creates a definition running <paramref name="command"/> with an optional cron_schedule.</summary>
    public static async Task<JsonNode> CreateDefinitionAsync(
        this HttpClient client, string? schedule = null, string timezone = "UTC", string[]? command = null)
    {
        var body = new JsonObject
        {
            ["cpu_limit"] = 1000,
            ["memory_limit"] = 256,
            ["startup_command"] = JsonSerializer.SerializeToNode(command ?? ["true"]),
        };
        if (schedule is not null)
        {
            body["cron_schedule"] = new JsonObject { ["schedule"] = schedule, ["timezone"] = timezone };
        }

        var (status, created) = await client.SendAsync(HttpMethod.Post, DefinitionsPath, body.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, status);
        return created!;
    }

    /// <summary>Every run of a definition, oldest first.</summary>
    public static async Task<IReadOnlyList<JsonNode>> RunsOfAsync(this HttpClient client, string definitionId)
    {
        var (status, body) = await client.GetJsonAsync($"{RunsPath}?job_definition_id={definitionId}&page_size=1000");
        Assert.Equal(HttpStatusCode.OK, status);
        return body!["job_runs"]!.AsArray().Select(r => r!).ToArray();
    }

    /// <summary>Waits until every given run is over, so no workload outlives the test; returns them ended.</summary>
    public static async Task<IReadOnlyList<JsonNode>> WaitAllTerminalAsync(
        this HttpClient client, IEnumerable<JsonNode> runs)
    {
        var done = new List<JsonNode>();
        foreach (var run in runs)
        {
            done.Add(await client.WaitForTerminalAsync((string)run["id"]!, TimeSpan.FromSeconds(90)));
        }

        return done;
    }

    /// <summary>The scheduled_for of each run, in order.</summary>
    public static string[] ScheduledFor(IEnumerable<JsonNode> runs) =>
        runs.Select(r => (string?)r["scheduled_for"] ?? "").Order().ToArray();

    /// <summary>
    /// Puts a definition's entry in the index at its first occurrence after <paramref name="after"/>, as creating it
    /// would have if the host's clock had read that time.
    /// </summary>
    public static Task<DateTimeOffset?> ScheduleDefinitionAsync(
        this ServerHost host, JsonNode definition, DateTimeOffset after)
    {
        var source = new ScheduleSource(TestKeys.ProjectId, (string)definition["id"]!, null);
        var cron = definition["cron_schedule"]!;
        var schedule = new CronSchedule((string)cron["schedule"]!, (string)cron["timezone"]!);
        return host.Services.GetRequiredService<ScheduleIndexer>().ScheduleAsync(source, schedule, after, default);
    }

    /// <summary>The same for a trigger.</summary>
    public static Task<DateTimeOffset?> ScheduleTriggerAsync(
        this ServerHost host, JsonNode trigger, DateTimeOffset after)
    {
        var definitionId = (string)trigger["job_definition_id"]!;
        var source = new ScheduleSource(TestKeys.ProjectId, definitionId, (string)trigger["id"]!);
        var cron = trigger["cron_config"]!;
        var schedule = new CronSchedule((string)cron["schedule"]!, (string)cron["timezone"]!);
        return host.Services.GetRequiredService<ScheduleIndexer>().ScheduleAsync(source, schedule, after, default);
    }

    /// <summary>Every index entry of a source (<c>definition-{id}</c> or <c>trigger-{id}</c>).</summary>
    public static async Task<IReadOnlyList<DueEntry>> EntriesOfAsync(this ServerHost host, string sourceName)
    {
        var index = host.Services.GetRequiredService<DueIndex>();
        var listing = await index.ListDueAsync(DateTimeOffset.MaxValue, default);
        return listing.Entries.Where(e => e.Source.Name == sourceName).ToArray();
    }

    /// <summary>A UTC time.</summary>
    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
