using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServerlessJobs.Orchestration;
using ServerlessJobs.Server.Durable;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Durable;

/// <summary>One started self-host worker, on a task hub of its own, shared by the tests of a class.</summary>
public sealed class DurableWorkerFixture : IAsyncLifetime
{
    private readonly IHost _host;

    public DurableWorkerFixture(AzuriteFixture azurite)
    {
        _host = DurableHost.Build(azurite.ConnectionString, DurableHost.NewTaskHubName("GatewayTests"));
    }

    public IOrchestrationGateway Gateway => _host.Services.GetRequiredService<IOrchestrationGateway>();

    public AzureStorageTaskHub TaskHub => _host.Services.GetRequiredService<AzureStorageTaskHub>();

    public ActivityInvocations Invocations => _host.Services.GetRequiredService<ActivityInvocations>();

    public TimeSpan StartDuration { get; private set; }

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        await _host.StartAsync();
        StartDuration = watch.Elapsed;
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
