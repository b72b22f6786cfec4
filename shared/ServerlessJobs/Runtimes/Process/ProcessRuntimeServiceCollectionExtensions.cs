using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServerlessJobs.Runs.Logs;

namespace ServerlessJobs.Runtimes.Process;

/// <summary>Registers the process runtime, shared by both hosts.</summary>
public static class ProcessRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ProcessRuntime"/> as the <see cref="IJobRuntime"/>, <see cref="RunLogStore"/> and the
    /// <c>Runtimes:Process</c> options, validated on start. Needs the storage services of the API registration.
    /// </summary>
    public static IServiceCollection AddProcessRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ProcessRuntimeOptions>()
            .Bind(configuration.GetSection(ProcessRuntimeOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RunLogStore>();
        services.TryAddSingleton<ProcessRuntime>();
        services.TryAddSingleton<IJobRuntime>(provider => provider.GetRequiredService<ProcessRuntime>());
        return services;
    }
}
