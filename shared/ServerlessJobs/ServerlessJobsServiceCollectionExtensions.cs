using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ServerlessJobs.Api;
using ServerlessJobs.Auth;
using ServerlessJobs.Definitions;
using ServerlessJobs.Orchestration;
using ServerlessJobs.Resources;
using ServerlessJobs.Runs;
using ServerlessJobs.Runtimes.Process;
using ServerlessJobs.Scheduling;
using ServerlessJobs.Storage;
using ServerlessJobs.V1Alpha1;

namespace ServerlessJobs;

/// <summary>Registers the engine: the same services in the Functions app and the self-host.</summary>
public static class ServerlessJobsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the API, its storage, the run engine (orchestrations, activities, the process runtime) and their options,
    /// validated on start. The host adds its own <see cref="IOrchestrationGateway"/> and durable worker.
    /// </summary>
    public static IServiceCollection AddServerlessJobs(this IServiceCollection services, IConfiguration configuration)
    {
        AddOptions(services, configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => StorageConnection.CreateBlobServiceClient(configuration));
        services.TryAddSingleton<DocumentStore>();
        services.TryAddSingleton<ApiKeyAuthenticator>();
        services.TryAddSingleton<ApiDispatcher>();
        services.TryAddSingleton<JobDefinitionStore>();
        services.TryAddSingleton<JobDefinitionsEndpoints>();
        services.TryAddSingleton<JobResourcesEndpoints>();
        services.AddV1Alpha1Api();

        services.TryAddSingleton<JobRunStore>();
        services.TryAddSingleton<JobStarter>();
        services.TryAddSingleton<JobRunsEndpoints>();
        services.TryAddSingleton<HostIdentity>();
        services.TryAddSingleton<ProcessLedger>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobDefinitionDeletionGuard, ActiveRunsDeletionGuard>());
        services.TryAddSingleton<LostAttemptRecovery>();
        services.AddProcessRuntime(configuration);
        services.AddCronScheduling(configuration);
        services.TryAddSingleton(Catalog());
        return services;
    }

    /// <summary>Every orchestrator and activity of the engine, by name.</summary>
    public static OrchestrationCatalog Catalog() => new OrchestrationCatalog()
        .AddOrchestrator<StartJobOrchestrator>(OrchestrationNames.StartJob)
        .AddOrchestrator<RunReplicaOrchestrator>(OrchestrationNames.RunReplica)
        .AddActivity<ScheduleRunsActivity>(OrchestrationNames.ScheduleRuns)
        .AddActivity<LaunchAttemptActivity>(OrchestrationNames.LaunchAttempt)
        .AddActivity<KillAttemptActivity>(OrchestrationNames.KillAttempt)
        .AddActivity<RecordOutcomeActivity>(OrchestrationNames.RecordOutcome);

    private static void AddOptions(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>());
        services.AddOptions<RegionOptions>().Configure(options =>
            options.Names = configuration.GetSection(RegionOptions.Section).Get<List<string>>() ?? []);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RunsOptions>().Bind(configuration.GetSection(RunsOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
    }
}
