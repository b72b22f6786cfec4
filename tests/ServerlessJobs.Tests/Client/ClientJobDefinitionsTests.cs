using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Client;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Client;

/// <summary>Job definitions through the typed client against a real self-host over HTTP.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClientJobDefinitionsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly RecordingHandler _recorder = new();
    private ServerHost _host = null!;
    private ServiceProvider _services = null!;
    private ServerlessJobsClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await ServerHost.StartAsync(azurite);
        _services = TestClients.ForServer(_host.BaseAddress, recorder: _recorder);
        _client = _services.GetRequiredService<ServerlessJobsClient>();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task CreateJobDefinitionAsync_FullRequest_GetReturnsEveryField()
    {
        var created = await _client.CreateJobDefinitionAsync(new CreateJobDefinitionRequest
        {
            Name = "nightly-report", CpuLimit = 140, MemoryLimit = 256, LocalStorageCapacity = 1000,
            ImageUri = "rg.fr-par.scw.cloud/ns/report:1.2", StartupCommand = ["/bin/sh", "-c"], Args = ["echo hi"],
            EnvironmentVariables = new Dictionary<string, string> { ["MODE"] = "full" },
            Description = "the nightly report", JobTimeout = TimeSpan.FromMinutes(90),
            CronSchedule = new CronSchedule("0 8 * * 1-5", "Europe/Paris"), RetryPolicy = new RetryPolicy(3),
        });

        var fetched = await _client.GetJobDefinitionAsync(created.Id);

        Assert.True(Guid.TryParse(created.Id, out _));
        Assert.Equal(TestKeys.ProjectId, fetched.ProjectId);
        Assert.Equal("nightly-report", fetched.Name);
        Assert.Equal((140u, 256u, 1000u), (fetched.CpuLimit, fetched.MemoryLimit, fetched.LocalStorageCapacity));
        Assert.Equal("rg.fr-par.scw.cloud/ns/report:1.2", fetched.ImageUri);
        Assert.Equal(["/bin/sh", "-c"], fetched.StartupCommand);
        Assert.Equal(["echo hi"], fetched.Args);
        Assert.Equal("full", fetched.EnvironmentVariables["MODE"]);
        Assert.Equal("the nightly report", fetched.Description);
        Assert.Equal(TimeSpan.FromMinutes(90), fetched.JobTimeout);
        Assert.Equal(new CronSchedule("0 8 * * 1-5", "Europe/Paris"), fetched.CronSchedule);
        Assert.Equal(new RetryPolicy(3), fetched.RetryPolicy);
        Assert.Equal("fr-par", fetched.Region);
        Assert.Equal(TimeSpan.Zero, fetched.CreatedAt!.Value.Offset);
        Assert.Equal(created.CreatedAt, fetched.CreatedAt);
    }

    [Fact]
    public async Task CreateJobDefinitionAsync_MinimalRequest_ReturnsScalewayDefaults()
    {
        var created = await _client.CreateJobDefinitionAsync(new CreateJobDefinitionRequest
        {
            CpuLimit = 1000, MemoryLimit = 2048,
        });

        Assert.Matches("^job-[a-z0-9]+$", created.Name);
        Assert.Equal(TimeSpan.FromSeconds(86400), created.JobTimeout);
        Assert.Equal(new RetryPolicy(0), created.RetryPolicy);
        Assert.Null(created.CronSchedule);
    }

    [Fact]
    public async Task UpdateJobDefinitionAsync_SomeFields_ChangesOnlyThose()
    {
        var created = await CreateAsync("before", cron: new CronSchedule("*/5 * * * *", "UTC"));

        var updated = await _client.UpdateJobDefinitionAsync(created.Id, new UpdateJobDefinitionRequest
        {
            Name = "after", MemoryLimit = 512, JobTimeout = TimeSpan.FromSeconds(30),
            RetryPolicy = new UpdateRetryPolicy(2),
        });
        var fetched = await _client.GetJobDefinitionAsync(created.Id);

        Assert.Equal((updated.Name, updated.UpdatedAt), (fetched.Name, fetched.UpdatedAt));
        Assert.Equal("after", fetched.Name);
        Assert.Equal(512u, fetched.MemoryLimit);
        Assert.Equal(created.CpuLimit, fetched.CpuLimit);
        Assert.Equal(TimeSpan.FromSeconds(30), fetched.JobTimeout);
        Assert.Equal(new RetryPolicy(2), fetched.RetryPolicy);
        Assert.Equal(created.CronSchedule, fetched.CronSchedule);
        Assert.True(fetched.UpdatedAt >= created.UpdatedAt);
    }

    [Fact]
    public async Task UpdateJobDefinitionAsync_EmptyCronSchedule_RemovesSchedule()
    {
        var created = await CreateAsync("scheduled", cron: new CronSchedule("0 3 * * *", "Europe/Paris"));

        var updated = await _client.UpdateJobDefinitionAsync(
            created.Id, new UpdateJobDefinitionRequest { CronSchedule = new UpdateCronSchedule(null, null) });

        Assert.NotNull(created.CronSchedule);
        Assert.Null(updated.CronSchedule);
    }

    [Fact]
    public async Task DeleteJobDefinitionAsync_Existing_GetThenThrowsNotFound()
    {
        var created = await CreateAsync("doomed");

        await _client.DeleteJobDefinitionAsync(created.Id);

        var error = await Assert.ThrowsAsync<ScalewayApiException>(() => _client.GetJobDefinitionAsync(created.Id));
        Assert.Equal("not_found", error.Type);
        Assert.Equal(created.Id, error.ResourceId);
    }

    [Fact]
    public async Task ListJobDefinitionsAsync_SecondPage_ReturnsThatPageAndTotalCount()
    {
        var ids = await CreateManyAsync(5);

        var page = await _client.ListJobDefinitionsAsync(page: 2, pageSize: 2);

        Assert.Equal(5ul, page.TotalCount);
        Assert.Equal(ids[2..4], page.JobDefinitions.Select(d => d.Id));
    }

    [Fact]
    public async Task ListAllJobDefinitionsAsync_SevenWithPageSizeThree_YieldsAllSevenInOrder()
    {
        var ids = await CreateManyAsync(7);
        _recorder.Requests.Clear();

        var listed = await AsyncItems.ListAsync(_client.ListAllJobDefinitionsAsync(pageSize: 3));

        Assert.Equal(ids, listed.Select(d => d.Id));
        Assert.Equal(
            ["page=1&page_size=3", "page=2&page_size=3", "page=3&page_size=3"],
            _recorder.Requests.Select(r => r.PathAndQuery.Split('?')[1]));
    }

    [Fact]
    public async Task ListAllJobDefinitionsAsync_CreatedAtDesc_YieldsNewestFirst()
    {
        var ids = await CreateManyAsync(4);

        var listed = await AsyncItems.ListAsync(
            _client.ListAllJobDefinitionsAsync(ListOrderBy.CreatedAtDesc, pageSize: 3));

        Assert.Equal(ids.Reverse(), listed.Select(d => d.Id));
    }

    [Fact]
    public async Task ListAllJobDefinitionsAsync_OtherOrganizationFilter_YieldsNothing()
    {
        await CreateManyAsync(2);

        var mine = await AsyncItems.ListAsync(
            _client.ListAllJobDefinitionsAsync(organizationId: TestKeys.OrganizationId));
        var other = await AsyncItems.ListAsync(
            _client.ListAllJobDefinitionsAsync(organizationId: TestKeys.OtherOrganizationId));

        Assert.Equal(2, mine.Count);
        Assert.Empty(other);
    }

    [Fact]
    public async Task ListAllJobDefinitionsAsync_NoDefinitions_YieldsNothingAfterOneRequest()
    {
        var listed = await AsyncItems.ListAsync(_client.ListAllJobDefinitionsAsync());

        Assert.Empty(listed);
        Assert.Single(_recorder.Requests);
    }

    private async Task<string[]> CreateManyAsync(int count)
    {
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = (await CreateAsync($"def-{i}")).Id;
        }

        return ids;
    }

    private Task<JobDefinition> CreateAsync(string name, CronSchedule? cron = null) =>
        _client.CreateJobDefinitionAsync(new CreateJobDefinitionRequest
        {
            Name = name, CpuLimit = 70, MemoryLimit = 128, CronSchedule = cron,
        });
}
