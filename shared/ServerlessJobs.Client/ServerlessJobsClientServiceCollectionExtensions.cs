using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace ServerlessJobs.Client;

/// <summary>Registers <see cref="IServerlessJobsApi"/> and <see cref="ServerlessJobsClient"/>.</summary>
public static class ServerlessJobsClientServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> behind the client, for further configuration.</summary>
    public const string HttpClientName = "ServerlessJobs.Client";

    private static readonly string UserAgent =
        "ServerlessJobs.Client/" + typeof(ServerlessJobsClient).Assembly.GetName().Version?.ToString(3);

    /// <summary>
    /// Adds the typed client with options validated on start, the <c>X-Auth-Token</c> header and the standard
    /// resilience handler (POST retried only when it cannot have reached the server; see the README).
    /// Calling it again only adds <paramref name="configure"/>.
    /// </summary>
    public static IHttpClientBuilder AddServerlessJobsClient(
        this IServiceCollection services, Action<ServerlessJobsClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<ServerlessJobsClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<
            IValidateOptions<ServerlessJobsClientOptions>, ServerlessJobsClientOptionsValidator>());
        if (services.Any(d => d.ServiceType == typeof(ServerlessJobsClient)))
        {
            return services.AddHttpClient(HttpClientName);
        }

        services.TryAddTransient<ServerlessJobsClient>();
        var builder = services
            .AddRefitGeneratedClient<IServerlessJobsApi>(_ => ServerlessJobsRefitSettings.Create(), HttpClientName)
            .ConfigureHttpClient(ConfigureHttpClient);
        builder.AddStandardResilienceHandler(ServerlessJobsResilience.Configure);
        return builder;
    }

    private static void ConfigureHttpClient(IServiceProvider services, HttpClient http)
    {
        var options = services.GetRequiredService<IOptions<ServerlessJobsClientOptions>>().Value;
        http.BaseAddress = options.BaseAddress;
        http.DefaultRequestHeaders.Add("X-Auth-Token", options.SecretKey);
        http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
    }
}
