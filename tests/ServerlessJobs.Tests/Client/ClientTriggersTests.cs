using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Client;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Client;

/// <summary>Cron triggers through the typed client against a real self-host over HTTP.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClientTriggersTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServerHost _host = null!;
    private ServiceProvider _services = null!;
    private ServerlessJobsClient _client = null!;
    private JobDefinition _definition = null!;

    public async Task InitializeAsync()
    {
        _host = await ServerHost.StartAsync(azurite);
        _services = TestClients.ForServer(_host.BaseAddress);
        _client = _services.GetRequiredService<ServerlessJobsClient>();
        _definition = await _client.CreateJobDefinitionAsync(
            new CreateJobDefinitionRequest { Name = "triggered", CpuLimit = 70, MemoryLimit = 128 });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task CreateTriggerAsync_CronConfig_GetReturnsEveryField()
    {
        var created = await _client.CreateTriggerAsync(new CreateTriggerRequest
        {
            JobDefinitionId = _definition.Id, Name = "weekday-morning",
            CronConfig = new TriggerCronConfig
            {
                Schedule = "0 8 * * 1-5", Timezone = "Europe/Paris", StartupCommand = ["/bin/sh", "-c"],
                Args = ["echo morning"],
            },
        });

        var fetched = await _client.GetTriggerAsync(created.Id);

        Assert.True(Guid.TryParse(fetched.Id, out _));
        Assert.Equal(_definition.Id, fetched.JobDefinitionId);
        Assert.Equal("weekday-morning", fetched.Name);
        Assert.Equal(("0 8 * * 1-5", "Europe/Paris"), (fetched.CronConfig!.Schedule, fetched.CronConfig.Timezone));
        Assert.Equal(["/bin/sh", "-c"], fetched.CronConfig.StartupCommand);
        Assert.Equal(["echo morning"], fetched.CronConfig.Args);
        Assert.Equal(created.CreatedAt, fetched.CreatedAt);
    }

    [Fact]
    public async Task UpdateTriggerAsync_ScheduleOnly_KeepsTheRest()
    {
        var created = await CreateAsync("nightly");

        var updated = await _client.UpdateTriggerAsync(created.Id, new UpdateTriggerRequest
        {
            CronConfig = new UpdateTriggerCronConfig { Schedule = "30 2 * * *" },
        });

        Assert.Equal("nightly", updated.Name);
        Assert.Equal(("30 2 * * *", "UTC"), (updated.CronConfig!.Schedule, updated.CronConfig.Timezone));
        Assert.Equal(["echo nightly"], updated.CronConfig.Args);
        Assert.Equal("30 2 * * *", (await _client.GetTriggerAsync(created.Id)).CronConfig!.Schedule);
    }

    [Fact]
    public async Task DeleteTriggerAsync_Existing_GetThenThrowsNotFoundForTrigger()
    {
        var created = await CreateAsync("doomed");

        await _client.DeleteTriggerAsync(created.Id);

        var error = await Assert.ThrowsAsync<ScalewayApiException>(() => _client.GetTriggerAsync(created.Id));
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(("trigger", created.Id), (error.Resource, error.ResourceId));
    }

    [Fact]
    public async Task ListAllTriggersAsync_FiveWithPageSizeTwo_YieldsAllFiveInOrder()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await CreateAsync($"t-{i}")).Id);
        }

        var listed = await AsyncItems.ListAsync(_client.ListAllTriggersAsync(_definition.Id, pageSize: 2));
        var page = await _client.ListTriggersAsync(_definition.Id, page: 3, pageSize: 2);

        Assert.Equal(ids, listed.Select(t => t.Id));
        Assert.Equal(5ul, page.TotalCount);
        Assert.Equal([ids[4]], page.Triggers.Select(t => t.Id));
    }

    [Fact]
    public async Task CreateTriggerAsync_SixFieldCron_ThrowsInvalidArgumentsNamingTheSchedule()
    {
        var request = new CreateTriggerRequest
        {
            JobDefinitionId = _definition.Id,
            CronConfig = new TriggerCronConfig { Schedule = "0 */5 * * * *", Timezone = "UTC" },
        };

        var error = await Assert.ThrowsAsync<ScalewayApiException>(() => _client.CreateTriggerAsync(request));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("cron_config.schedule", Assert.Single(error.Details).ArgumentName);
    }

    [Fact]
    public async Task CreateTriggerAsync_UnknownDefinition_ThrowsNotFoundForTheDefinition()
    {
        var missing = Guid.NewGuid().ToString();
        var request = new CreateTriggerRequest
        {
            JobDefinitionId = missing, CronConfig = new TriggerCronConfig { Schedule = "0 8 * * *", Timezone = "UTC" },
        };

        var error = await Assert.ThrowsAsync<ScalewayApiException>(() => _client.CreateTriggerAsync(request));

        Assert.Equal(("job_definition", missing), (error.Resource, error.ResourceId));
    }

    private Task<Trigger> CreateAsync(string name) =>
        _client.CreateTriggerAsync(new CreateTriggerRequest
        {
            JobDefinitionId = _definition.Id, Name = name,
            CronConfig = new TriggerCronConfig { Schedule = "0 3 * * *", Timezone = "UTC", Args = [$"echo {name}"] },
        });
}
