using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServerlessJobs.Api;
using ServerlessJobs.Auth;
using ServerlessJobs.Definitions;
using ServerlessJobs.Resources;
using ServerlessJobs.Storage;

namespace ServerlessJobs;

/// <summary>Registers the engine: the same services in the Functions app and the self-host.</summary>
public static class ServerlessJobsServiceCollectionExtensions
{
    /// <summary>Adds the API, its storage and its options, validated on start.</summary>
    public static IServiceCollection AddServerlessJobsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>());
        services.AddOptions<RegionOptions>().Bind(configuration.GetSection(RegionOptions.Section));
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => StorageConnection.CreateBlobServiceClient(configuration));
        services.TryAddSingleton<DocumentStore>();
        services.TryAddSingleton<ApiKeyAuthenticator>();
        services.TryAddSingleton<ApiDispatcher>();
        services.TryAddSingleton<JobDefinitionStore>();
        services.TryAddSingleton<JobDefinitionsEndpoints>();
        services.TryAddSingleton<JobResourcesEndpoints>();
        return services;
    }
}
