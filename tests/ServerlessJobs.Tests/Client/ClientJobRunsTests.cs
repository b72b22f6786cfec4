using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Client;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Client;

/// <summary>Starting, listing, stopping and reading the logs of job runs through the client, over HTTP.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClientJobRunsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServerHost _host = null!;
    private ServiceProvider _services = null!;
    private ServerlessJobsClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await ServerHost.StartAsync(azurite);
        _services = TestClients.ForServer(_host.BaseAddress);
        _client = _services.GetRequiredService<ServerlessJobsClient>();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task StartJobDefinitionAsync_TwoReplicas_BothSucceedAndPrintTheirOutput()
    {
        var definition = await CreateAsync(["/bin/sh", "-c"], ["echo hello $(WHO)"]);

        var started = await _client.StartJobDefinitionAsync(definition.Id, new StartJobDefinitionRequest
        {
            Replicas = 2, EnvironmentVariables = new Dictionary<string, string> { ["WHO"] = "client" },
        });
        var done = await Task.WhenAll(started.JobRuns.Select(r => _client.WaitForTerminalAsync(r.Id)));

        Assert.Equal(2, started.JobRuns.Count);
        Assert.All(started.JobRuns, r => Assert.Equal(definition.Id, r.JobDefinitionId));
        Assert.All(done, r => Assert.Equal(JobRunState.Succeeded, r.State));
        Assert.All(done, r => Assert.Equal(0, r.ExitCode));
        Assert.All(done, r => Assert.True(r.RunDuration > TimeSpan.Zero));
        Assert.Equal("hello client\n", await _client.GetJobRunLogsAsync(done[0].Id));
        Assert.Equal("hello client\n", await _client.GetJobRunLogsAsync(done[1].Id, attempt: 1));
    }

    [Fact]
    public async Task ListAllJobRunsAsync_PageSizeOne_YieldsEveryRunOfTheDefinition()
    {
        var definition = await CreateAsync(["true"]);
        var other = await CreateAsync(["true"]);
        var started = await _client.StartJobDefinitionAsync(
            definition.Id, new StartJobDefinitionRequest { Replicas = 3 });
        await _client.StartJobDefinitionAsync(other.Id);

        var listed = await AsyncItems.ListAsync(_client.ListAllJobRunsAsync(definition.Id, pageSize: 1));

        Assert.Equal(started.JobRuns.Select(r => r.Id).Order(), listed.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task ListJobRunsAsync_StatesFilter_ReturnsOnlyRunsInThoseStates()
    {
        var definition = await CreateAsync(["/bin/sh", "-c", "exit 3"]);
        var run = (await _client.StartJobDefinitionAsync(definition.Id)).JobRuns[0];
        var failed = await _client.WaitForTerminalAsync(run.Id);

        var matching = await _client.ListJobRunsAsync(definition.Id, states: [JobRunState.Failed]);
        var byReason = await _client.ListJobRunsAsync(definition.Id, reasons: [JobRunReason.ExitedWithError]);
        var none = await _client.ListJobRunsAsync(definition.Id, [JobRunState.Succeeded, JobRunState.Running]);

        Assert.Equal(
            (JobRunState.Failed, JobRunReason.ExitedWithError, 3), (failed.State, failed.Reason, failed.ExitCode));
        Assert.Equal([run.Id], matching.JobRuns.Select(r => r.Id));
        Assert.Equal([run.Id], byReason.JobRuns.Select(r => r.Id));
        Assert.Equal(0ul, none.TotalCount);
    }

    [Fact]
    public async Task StopJobRunAsync_Running_EndsInterruptedByCancellation()
    {
        var definition = await CreateAsync(["sleep", "60"]);
        var run = (await _client.StartJobDefinitionAsync(definition.Id)).JobRuns[0];
        await _client.WaitForRunAsync(run.Id, r => r.State == JobRunState.Running);

        var stopping = await _client.StopJobRunAsync(run.Id);
        var done = await _client.WaitForTerminalAsync(run.Id);

        Assert.Equal(JobRunState.Interrupting, stopping.State);
        Assert.Equal(JobRunState.Interrupted, done.State);
        Assert.Equal(JobRunReason.Cancellation, done.Reason);
    }

    [Fact]
    public async Task GetJobRunAsync_UnknownId_ThrowsNotFoundForJobRun()
    {
        var id = Guid.NewGuid().ToString();

        var error = await Assert.ThrowsAsync<ScalewayApiException>(() => _client.GetJobRunAsync(id));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(("job_run", id), (error.Resource, error.ResourceId));
    }

    [Fact]
    public async Task GetJobRunLogsAsync_AttemptBeyondTheLast_ThrowsInvalidArgumentsNamingAttempt()
    {
        var definition = await CreateAsync(["true"]);
        var run = (await _client.StartJobDefinitionAsync(definition.Id)).JobRuns[0];
        await _client.WaitForTerminalAsync(run.Id);

        var error = await Assert.ThrowsAsync<ScalewayApiException>(
            () => _client.GetJobRunLogsAsync(run.Id, attempt: 5));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("attempt", Assert.Single(error.Details).ArgumentName);
    }

    private Task<JobDefinition> CreateAsync(
        IReadOnlyList<string> startupCommand, IReadOnlyList<string>? args = null) =>
        _client.CreateJobDefinitionAsync(new CreateJobDefinitionRequest
        {
            Name = "runs", CpuLimit = 70, MemoryLimit = 128, StartupCommand = startupCommand, Args = args,
        });
}
