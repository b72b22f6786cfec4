using Microsoft.Extensions.DependencyInjection.Extensions;
using ServerlessJobs.Orchestration;

namespace ServerlessJobs.Server.Durable;

/// <summary>Registers the self-host's durable engine: the Durable Task Framework over Azure Storage.</summary>
public static class DurableTaskFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DurableTaskFrameworkOptions"/> (section <c>DurableTask</c> of <paramref name="configuration"/>,
    /// validated on start), the task hub worker as a hosted service and <see cref="IOrchestrationGateway"/>.
    /// </summary>
    /// <remarks>
    /// The worker runs what the <see cref="OrchestrationCatalog"/> singleton lists, which the engine registers.
    /// Calling this more than once has no further effect.
    /// </remarks>
    public static IServiceCollection AddDurableTaskFramework(
        this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // Binding the section twice would be harmless but doubles the work; the task hub marks a done registration.
        if (services.Any(d => d.ServiceType == typeof(AzureStorageTaskHub)))
        {
            return services;
        }

        services.AddOptions<DurableTaskFrameworkOptions>()
            .Bind(configuration.GetSection(DurableTaskFrameworkOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AzureStorageTaskHub>();
        services.TryAddSingleton<IOrchestrationGateway, TaskHubClientGateway>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DurableTaskFrameworkHostedService>());
        return services;
    }
}
