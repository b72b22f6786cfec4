using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ServerlessJobs.Server.Scheduling;

/// <summary>Registers the self-host's cron clock.</summary>
public static class CronTickerServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CronTickerService"/>, which ticks every minute unless <c>Cron:Enabled</c> is false.
    /// </summary>
    public static IServiceCollection AddCronTicker(this IServiceCollection services)
    {
        services.TryAddSingleton<CronTickerService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CronTickerService>(
            sp => sp.GetRequiredService<CronTickerService>()));
        return services;
    }
}
