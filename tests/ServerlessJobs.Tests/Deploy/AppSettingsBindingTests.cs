using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using ServerlessJobs.Api;
using ServerlessJobs.Auth;
using ServerlessJobs.Resources;
using ServerlessJobs.Runs;
using ServerlessJobs.Storage;

namespace ServerlessJobs.Tests.Deploy;

/// <summary>
/// The Function App's settings as infra/ writes them reach the Functions worker as environment variables
/// (<c>Auth__ApiKeys__0__SecretKey</c>); bound the way the worker's Program.cs binds them, they configure the engine.
/// </summary>
public sealed class AppSettingsBindingTests
{
    [Fact]
    public void AddServerlessJobs_BicepAppSettings_ConfigureTheEngine()
    {
        using var environment = new PrefixedEnvironment(new Dictionary<string, string>
        {
            ["AzureWebJobsStorage__accountName"] = "acct",
            ["AzureWebJobsStorage__blobServiceUri"] = "https://acct.blob.core.windows.net/",
            ["AzureWebJobsStorage__queueServiceUri"] = "https://acct.queue.core.windows.net/",
            ["AzureWebJobsStorage__tableServiceUri"] = "https://acct.table.core.windows.net/",
            ["AzureWebJobsStorage__credential"] = "managedidentity",
            ["Auth__ApiKeys__0__SecretKey"] = "0f0e0d0c-0b0a-4909-8807-060504030201",
            ["Auth__ApiKeys__0__ProjectId"] = "22222222-2222-4222-8222-222222222222",
            ["Auth__ApiKeys__0__OrganizationId"] = "33333333-3333-4333-8333-333333333333",
            ["Regions__0"] = "fr-par",
            ["Regions__1"] = "nl-ams",
            ["Storage__ContainerPrefix"] = "prod-jobs",
            ["Jobs__MaxReplicas"] = "50",
            ["Runs__RetryDelay"] = "00:00:05",
        });
        using var services = Engine(environment.Configuration());

        var key = Assert.Single(services.GetRequiredService<IOptions<AuthOptions>>().Value.ApiKeys);
        var blobs = services.GetRequiredService<BlobServiceClient>();

        Assert.Equal("0f0e0d0c-0b0a-4909-8807-060504030201", key.SecretKey);
        Assert.Equal("22222222-2222-4222-8222-222222222222", key.ProjectId);
        Assert.Equal(["fr-par", "nl-ams"], services.GetRequiredService<IOptions<RegionOptions>>().Value.Effective);
        Assert.Equal("prod-jobs", services.GetRequiredService<IOptions<StorageOptions>>().Value.ContainerPrefix);
        Assert.Equal(50, services.GetRequiredService<IOptions<JobsOptions>>().Value.MaxReplicas);
        Assert.Equal(TimeSpan.FromSeconds(5), services.GetRequiredService<IOptions<RunsOptions>>().Value.RetryDelay);
        Assert.Equal(new Uri("https://acct.blob.core.windows.net/"), blobs.Uri);
        Assert.False(blobs.CanGenerateAccountSasUri);
    }

    [Fact]
    public void AddServerlessJobs_LocalSettingsSample_UsesAzurite()
    {
        var values = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(
            Infrastructure.RepositoryRoot.Path, "local.settings.sample.json")))!["Values"]!.AsObject()
            .ToDictionary(p => p.Key, p => (string)p.Value!);
        using var environment = new PrefixedEnvironment(values);
        using var services = Engine(environment.Configuration());

        var blobs = services.GetRequiredService<BlobServiceClient>();

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), blobs.Uri);
        Assert.Single(services.GetRequiredService<IOptions<AuthOptions>>().Value.ApiKeys);
    }

    [Fact]
    public void IdentitySettings_WithoutCredentialSetting_UseTheDefaultChainForALaptop()
    {
        using var environment = new PrefixedEnvironment(new Dictionary<string, string>
        {
            ["AzureWebJobsStorage__accountName"] = "acct",
        });

        var identity = StorageConnection.IdentitySettings(environment.Configuration())!;

        Assert.IsType<DefaultAzureCredential>(identity.Credential);
        Assert.Equal(new Uri("https://acct.table.core.windows.net"), identity.TableServiceUri);
    }

    private static ServiceProvider Engine(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        services.AddServerlessJobs(configuration);
        return services.BuildServiceProvider();
    }
}
