using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServerlessJobs.Client;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Client;

/// <summary>The requests the client puts on the wire: address, headers, query names and enum values.</summary>
public sealed class ClientRequestTests
{
    [Fact]
    public async Task GetJobLimitsAsync_DefaultOptions_GoesToScalewayInFrParWithTheKey()
    {
        var stub = new StubHandler().Json(HttpStatusCode.OK, "{\"secrets_per_job_definition\":20}");
        await using var services = TestClients.ForStub(stub);

        await services.GetRequiredService<ServerlessJobsClient>().GetJobLimitsAsync();

        var request = Assert.Single(stub.Requests);
        Assert.Equal("/serverless-jobs/v1alpha2/regions/fr-par/job-limits", request.PathAndQuery);
        Assert.Equal([TestKeys.SecretKey], request.Headers["X-Auth-Token"]);
        Assert.StartsWith("ServerlessJobs.Client/", request.Headers["User-Agent"][0]);
        var options = services.GetRequiredService<IOptions<ServerlessJobsClientOptions>>();
        Assert.Equal(new Uri("https://api.scaleway.com"), options.Value.BaseAddress);
    }

    [Fact]
    public async Task ListJobRunsAsync_EveryFilter_SendsSnakeCaseNamesAndValues()
    {
        var stub = new StubHandler().Json(HttpStatusCode.OK, "{\"job_runs\":[],\"total_count\":0}");
        await using var services = TestClients.ForStub(stub, o => o.DefaultRegion = "nl-ams");
        var definitionId = Guid.NewGuid().ToString();

        await services.GetRequiredService<ServerlessJobsClient>().ListJobRunsAsync(
            definitionId, [JobRunState.Running, JobRunState.Interrupting], [JobRunReason.ExitedWithError],
            page: 2, pageSize: 10, ListOrderBy.CreatedAtDesc, TestKeys.ProjectId, TestKeys.OrganizationId);

        Assert.Equal(
            "/serverless-jobs/v1alpha2/regions/nl-ams/job-runs?page=2&page_size=10&order_by=created_at_desc" +
            $"&job_definition_id={definitionId}&project_id={TestKeys.ProjectId}" +
            $"&organization_id={TestKeys.OrganizationId}&states=running&states=interrupting" +
            "&reasons=exited_with_error",
            Assert.Single(stub.Requests).PathAndQuery);
    }

    [Fact]
    public async Task ListAllJobRunsAsync_TotalCountReached_StopsWithoutAnotherRequest()
    {
        var run = "{\"id\":\"r{0}\",\"job_definition_id\":\"d\",\"state\":\"succeeded\",\"run_duration\":\"1.5s\"}";
        var stub = new StubHandler()
            .Json(HttpStatusCode.OK, $"{{\"job_runs\":[{Run(1)},{Run(2)}],\"total_count\":3}}")
            .Json(HttpStatusCode.OK, $"{{\"job_runs\":[{Run(3)}],\"total_count\":3}}");
        await using var services = TestClients.ForStub(stub);

        var runs = await AsyncItems.ListAsync(services.GetRequiredService<ServerlessJobsClient>()
            .ListAllJobRunsAsync(states: [JobRunState.Succeeded], pageSize: 2));

        Assert.Equal(["r1", "r2", "r3"], runs.Select(r => r.Id));
        Assert.Equal(TimeSpan.FromSeconds(1.5), runs[0].RunDuration);
        Assert.Equal(2, stub.Requests.Count);
        Assert.EndsWith("page=2&page_size=2&states=succeeded", stub.Requests[1].PathAndQuery);

        string Run(int i) => run.Replace("{0}", i.ToString());
    }

    [Fact]
    public async Task GetJobRunLogsAsync_Attempt_AsksForPlainTextAndReturnsItVerbatim()
    {
        var stub = new StubHandler().Text(HttpStatusCode.OK, "hello\nerror: boom\n");
        await using var services = TestClients.ForStub(stub);

        var logs = await services.GetRequiredService<ServerlessJobsClient>().GetJobRunLogsAsync("run-1", attempt: 2);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("hello\nerror: boom\n", logs);
        Assert.Equal("/serverless-jobs/v1alpha2/regions/fr-par/job-runs/run-1/logs?attempt=2", request.PathAndQuery);
        Assert.Equal(["text/plain"], request.Headers["Accept"]);
    }

    [Fact]
    public async Task CreateJobDefinitionAsync_TimeoutAndNoProject_SendsSecondsAndDefaultProject()
    {
        var stub = new StubHandler().Json(HttpStatusCode.OK, TestClients.DefinitionJson);
        await using var services = TestClients.ForStub(stub, o => o.DefaultProjectId = TestKeys.ProjectId);

        await services.GetRequiredService<ServerlessJobsClient>().CreateJobDefinitionAsync(
            new CreateJobDefinitionRequest { CpuLimit = 70, MemoryLimit = 128, JobTimeout = TimeSpan.FromHours(1) });

        var request = Assert.Single(stub.Requests);
        Assert.Contains("\"job_timeout\":\"3600s\"", request.Body);
        Assert.Contains($"\"project_id\":\"{TestKeys.ProjectId}\"", request.Body);
        Assert.Equal(["application/json; charset=utf-8"], request.Headers["Content-Type"]);
    }

    [Fact]
    public async Task AddServerlessJobsClient_CalledTwice_KeepsOneHandlerChainAndTheLastOptions()
    {
        var stub = new StubHandler().Json(HttpStatusCode.OK, "{\"secrets_per_job_definition\":20}");
        var services = new ServiceCollection();
        services.AddServerlessJobsClient(o => o.SecretKey = TestKeys.SecretKey)
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        services.AddServerlessJobsClient(o => o.DefaultRegion = "pl-waw");
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ServerlessJobsClient>().GetJobLimitsAsync();

        var request = Assert.Single(stub.Requests);
        Assert.Equal([TestKeys.SecretKey], request.Headers["X-Auth-Token"]);
        Assert.Contains("/regions/pl-waw/", request.PathAndQuery);
    }
}
