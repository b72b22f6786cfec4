using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServerlessJobs.Definitions;
using ServerlessJobs.Triggers;

namespace ServerlessJobs.Scheduling;

/// <summary>Registers cron scheduling: the triggers API, the due-time index and the tick both hosts call.</summary>
public static class CronSchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CronTick"/>, the index kept in step with definitions and triggers, the triggers endpoints and
    /// the <c>Cron</c> options. The host adds what wakes the tick every minute.
    /// </summary>
    public static IServiceCollection AddCronScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CronOptions>().Bind(configuration.GetSection(CronOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DueIndex>();
        services.TryAddSingleton<ScheduleIndexer>();
        services.TryAddSingleton<CronTick>();
        services.TryAddSingleton<TriggerStore>();
        services.TryAddSingleton<TriggersEndpoints>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobDefinitionChangeObserver, ScheduleIndexer>(
            sp => sp.GetRequiredService<ScheduleIndexer>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobDefinitionChangeObserver, TriggerCleanup>());
        return services;
    }
}
