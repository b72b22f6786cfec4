using System.Diagnostics;
using DurableTask.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ServerlessJobs.Orchestration;
using ServerlessJobs.Server.Durable;
using ServerlessJobs.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ServerlessJobs.Tests.Durable;

[Collection(AzuriteCollection.Name)]
public sealed class DurableTaskFrameworkHostedServiceTests
{
    private readonly AzuriteFixture _azurite;
    private readonly ITestOutputHelper _output;

    public DurableTaskFrameworkHostedServiceTests(AzuriteFixture azurite, ITestOutputHelper output)
    {
        _azurite = azurite;
        _output = output;
    }

    [Fact]
    public async Task StopAsync_RunningWorker_StopsAndLeavesNewWorkPending()
    {
        using var host = DurableHost.Build(_azurite.ConnectionString, DurableHost.NewTaskHubName("StopTests"));
        var gateway = host.Services.GetRequiredService<IOrchestrationGateway>();
        var client = host.Services.GetRequiredService<AzureStorageTaskHub>().Client;
        var watch = Stopwatch.StartNew();
        await host.StartAsync();
        var startedIn = watch.Elapsed;
        await gateway.ScheduleIfAbsentAsync(GreetOrchestrator.Name, "before-stop", new Greeting("Alan", 1), default);
        await OrchestrationPolling.WaitForFinishAsync(client, "before-stop", TimeSpan.FromSeconds(20));
        var firstDoneIn = watch.Elapsed;

        watch.Restart();
        await host.StopAsync();
        var stoppedIn = watch.Elapsed;
        await gateway.ScheduleIfAbsentAsync(GreetOrchestrator.Name, "after-stop", new Greeting("Alan", 1), default);
        await Task.Delay(TimeSpan.FromSeconds(1));

        _output.WriteLine($"start {startedIn.TotalMilliseconds:F0} ms, first completion at " +
            $"{firstDoneIn.TotalMilliseconds:F0} ms, stop {stoppedIn.TotalMilliseconds:F0} ms");
        var state = await gateway.GetStateAsync("after-stop", default);
        Assert.Equal("Pending", state?.Status);
    }

    [Fact]
    public async Task StartAsync_InvalidTaskHubName_FailsValidation()
    {
        using var host = DurableHost.Build(_azurite.ConnectionString, "9-not-a-hub");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("TaskHubName", error.Message);
    }

    [Fact]
    public void AddDurableTaskFramework_CalledTwice_RegistersOneWorker()
    {
        var services = new ServiceCollection();
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();

        services.AddDurableTaskFramework(configuration).AddDurableTaskFramework(configuration);

        Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
        Assert.Single(services, d => d.ServiceType == typeof(IOrchestrationGateway));
    }
}
