using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServerlessJobs.Orchestration;
using ServerlessJobs.Server.Durable;

namespace ServerlessJobs.Tests.Durable;

/// <summary>Builds a bare host running the toy orchestrations on a task hub of its own in Azurite.</summary>
internal static class DurableHost
{
    public static string NewTaskHubName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];

    public static IHost Build(string connectionString, string taskHubName)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DurableTask:StorageConnectionString"] = connectionString,
            ["DurableTask:TaskHubName"] = taskHubName,
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<ActivityInvocations>();
        builder.Services.AddSingleton(new OrchestrationCatalog()
            .AddOrchestrator<GreetOrchestrator>(GreetOrchestrator.Name)
            .AddOrchestrator<WaitForSignalOrchestrator>(WaitForSignalOrchestrator.Name)
            .AddOrchestrator<CatchFailureOrchestrator>(CatchFailureOrchestrator.Name)
            .AddActivity<GreetActivity>(GreetActivity.Name)
            .AddActivity<FailActivity>(FailActivity.Name));
        builder.Services.AddDurableTaskFramework(builder.Configuration);
        return builder.Build();
    }
}
