using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using ServerlessJobs.Client;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Client;

/// <summary>Builds the client the way an application would, through <c>AddServerlessJobsClient</c>.</summary>
public static class TestClients
{
    /// <summary>A scripted answer for a definition, as the server would send it.</summary>
    public const string DefinitionJson =
        "{\"id\":\"0196a3c4-0000-7000-8000-000000000001\",\"name\":\"stubbed\"," +
        "\"project_id\":\"" + TestKeys.ProjectId + "\",\"job_timeout\":\"60s\",\"region\":\"fr-par\"}";

    /// <summary>A provider whose client talks to <paramref name="baseAddress"/> over HTTP.</summary>
    public static ServiceProvider ForServer(
        Uri baseAddress, string secretKey = TestKeys.SecretKey, string? projectId = TestKeys.ProjectId,
        RecordingHandler? recorder = null)
    {
        var services = new ServiceCollection();
        var http = services.AddServerlessJobsClient(options =>
        {
            options.BaseAddress = baseAddress;
            options.SecretKey = secretKey;
            options.DefaultProjectId = projectId;
        });
        if (recorder is not null)
        {
            http.AddHttpMessageHandler(() => recorder);
        }

        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>A provider whose client talks to <paramref name="stub"/>, with retries that do not wait.</summary>
    public static ServiceProvider ForStub(StubHandler stub, Action<ServerlessJobsClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddServerlessJobsClient(options =>
        {
            options.SecretKey = TestKeys.SecretKey;
            configure?.Invoke(options);
        }).ConfigurePrimaryHttpMessageHandler(() => stub);

        // The standard handler reads its options under "{client name}-standard".
        services.Configure<HttpStandardResilienceOptions>(
            ServerlessJobsClientServiceCollectionExtensions.HttpClientName + "-standard",
            options => options.Retry.Delay = TimeSpan.Zero);
        return services.BuildServiceProvider(validateScopes: true);
    }
}
