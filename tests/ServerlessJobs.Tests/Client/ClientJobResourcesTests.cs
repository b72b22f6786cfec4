using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Client;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Client;

/// <summary>Job resources and job limits through the typed client against a real self-host.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClientJobResourcesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServerHost _host = null!;
    private ServiceProvider _services = null!;
    private ServerlessJobsClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await ServerHost.StartAsync(
            azurite, new Dictionary<string, string?> { ["Jobs:SecretsPerJobDefinition"] = "7" });
        _services = TestClients.ForServer(_host.BaseAddress);
        _client = _services.GetRequiredService<ServerlessJobsClient>();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task ListJobResourcesAsync_DefaultRegion_ReturnsScalewaySizesSmallestFirst()
    {
        var response = await _client.ListJobResourcesAsync();

        var smallest = response.Resources[0];
        Assert.Equal(70u, smallest.ComputeLimitMvcpu);
        Assert.Equal(128ul * 1024 * 1024, smallest.MemoryLimitBytes);
        Assert.Equal(
            response.Resources.OrderBy(r => r.ComputeLimitMvcpu).ToArray(), response.Resources.ToArray());
    }

    [Fact]
    public async Task GetJobLimitsAsync_AnotherServedRegion_ReturnsConfiguredSecretsPerJobDefinition()
    {
        var limits = await _client.ForRegion("nl-ams").GetJobLimitsAsync();

        Assert.Equal(7u, limits.SecretsPerJobDefinition);
    }
}
