using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Client;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Client;

/// <summary>Scaleway error bodies from a real self-host surface as <see cref="ScalewayApiException"/>.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClientErrorTests(AzuriteFixture azurite) : IAsyncLifetime
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
    public async Task GetJobDefinitionAsync_UnknownId_ThrowsNotFoundWithResource()
    {
        var id = Guid.NewGuid().ToString();

        var error = await Assert.ThrowsAsync<ScalewayApiException>(() => _client.GetJobDefinitionAsync(id));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("not_found", error.Type);
        Assert.Equal("job_definition", error.Resource);
        Assert.Equal(id, error.ResourceId);
        Assert.Contains(id, error.Message);
    }

    [Fact]
    public async Task CreateJobDefinitionAsync_TooManyRetries_ThrowsInvalidArgumentsNamingIt()
    {
        var request = new CreateJobDefinitionRequest
        {
            Name = "retries", CpuLimit = 70, MemoryLimit = 128, RetryPolicy = new RetryPolicy(6),
        };

        var error = await Assert.ThrowsAsync<ScalewayApiException>(() => _client.CreateJobDefinitionAsync(request));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("invalid_arguments", error.Type);
        var detail = Assert.Single(error.Details);
        Assert.Equal("retry_policy.max_retries", detail.ArgumentName);
        Assert.Equal("constraint", detail.Reason);
        Assert.False(string.IsNullOrEmpty(detail.HelpMessage));
        Assert.Contains("retry_policy.max_retries", error.Message);
    }

    [Fact]
    public async Task GetJobDefinitionAsync_IdNotUuid_ThrowsInvalidArgumentsNamingThePathParameter()
    {
        var error = await Assert.ThrowsAsync<ScalewayApiException>(() => _client.GetJobDefinitionAsync("not-a-uuid"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("job_definition_id", Assert.Single(error.Details).ArgumentName);
    }

    [Fact]
    public async Task ForRegion_UnknownRegion_ThrowsInvalidArgumentsNamingRegion()
    {
        var elsewhere = _client.ForRegion("xx-nowhere");

        var error = await Assert.ThrowsAsync<ScalewayApiException>(() => elsewhere.GetJobLimitsAsync());

        Assert.Equal("xx-nowhere", elsewhere.Region);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("region", Assert.Single(error.Details).ArgumentName);
    }

    [Fact]
    public async Task AnyCall_WrongSecretKey_ThrowsDeniedAuthentication()
    {
        await using var services = TestClients.ForServer(_host.BaseAddress, secretKey: Guid.NewGuid().ToString());
        var client = services.GetRequiredService<ServerlessJobsClient>();

        var error = await Assert.ThrowsAsync<ScalewayApiException>(() => client.ListJobDefinitionsAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("denied_authentication", error.Type);
    }

    [Fact]
    public async Task CreateJobDefinitionAsync_DefaultProjectOfAnotherKey_ThrowsPermissionsDenied()
    {
        await using var services = TestClients.ForServer(_host.BaseAddress, projectId: TestKeys.OtherProjectId);
        var client = services.GetRequiredService<ServerlessJobsClient>();
        var request = new CreateJobDefinitionRequest { Name = "elsewhere", CpuLimit = 70, MemoryLimit = 128 };

        var error = await Assert.ThrowsAsync<ScalewayApiException>(() => client.CreateJobDefinitionAsync(request));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("permissions_denied", error.Type);
        Assert.Equal(0ul, (await _client.ListJobDefinitionsAsync()).TotalCount);
    }

    [Fact]
    public async Task GetJobDefinitionAsync_AnotherProjectsDefinition_ThrowsNotFound()
    {
        var theirs = await CreateWithKeyAsync(TestKeys.OtherSecretKey, TestKeys.OtherProjectId);

        var error = await Assert.ThrowsAsync<ScalewayApiException>(() => _client.GetJobDefinitionAsync(theirs.Id));

        Assert.Equal("not_found", error.Type);
        Assert.Equal(theirs.Id, error.ResourceId);
    }

    private async Task<JobDefinition> CreateWithKeyAsync(string secretKey, string projectId)
    {
        await using var services = TestClients.ForServer(_host.BaseAddress, secretKey, projectId);
        var client = services.GetRequiredService<ServerlessJobsClient>();
        return await client.CreateJobDefinitionAsync(
            new CreateJobDefinitionRequest { Name = "theirs", CpuLimit = 70, MemoryLimit = 128 });
    }
}
