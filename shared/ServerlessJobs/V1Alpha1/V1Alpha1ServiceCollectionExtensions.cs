using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ServerlessJobs.V1Alpha1;

/// <summary>Registers the v1alpha1 endpoints, which need the v1alpha2 ones of the engine beside them.</summary>
public static class V1Alpha1ServiceCollectionExtensions
{
    /// <summary>Adds the v1alpha1 definition, run, resource and secret endpoints.</summary>
    public static IServiceCollection AddV1Alpha1Api(this IServiceCollection services)
    {
        services.TryAddSingleton<V1Alpha1DefinitionsEndpoints>();
        services.TryAddSingleton<V1Alpha1RunsEndpoints>();
        services.TryAddSingleton<V1Alpha1ResourcesEndpoints>();
        services.TryAddSingleton<V1Alpha1SecretsEndpoints>();
        return services;
    }
}
