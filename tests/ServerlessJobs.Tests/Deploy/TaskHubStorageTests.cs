using Azure.Identity;
using Azure.Storage.Blobs;
using DurableTask.AzureStorage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServerlessJobs.Server;
using ServerlessJobs.Server.Durable;

namespace ServerlessJobs.Tests.Deploy;

/// <summary>
/// The self-host reads the same <c>AzureWebJobsStorage</c> settings as the Function App, for its job store and for
/// the Durable Task Framework's task hub. The app is built, never started: nothing here contacts Azure.
/// </summary>
public sealed class TaskHubStorageTests
{
    [Fact]
    public async Task ServerApp_AccountNameWithManagedIdentity_ReachesTheAccountForHubAndStore()
    {
        await using var app = ServerApp.Build([], Settings(
            ("AzureWebJobsStorage:accountName", "acct"), ("AzureWebJobsStorage:credential", "managedidentity")));

        var options = app.Services.GetRequiredService<IOptions<DurableTaskFrameworkOptions>>().Value;
        var provider = AzureStorageTaskHub.CreateClientProvider(options);
        var blobs = app.Services.GetRequiredService<BlobServiceClient>();

        Assert.Equal("", options.StorageConnectionString);
        Assert.IsType<ManagedIdentityCredential>(options.StorageIdentity?.Credential);
        Assert.Equal(new Uri("https://acct.blob.core.windows.net/"), BlobUri(provider));
        Assert.Equal(new Uri("https://acct.queue.core.windows.net/"), QueueUri(provider));
        Assert.Equal(new Uri("https://acct.table.core.windows.net/"), TableUri(provider));
        Assert.Equal(new Uri("https://acct.blob.core.windows.net"), blobs.Uri);
        Assert.False(blobs.CanGenerateAccountSasUri);
    }

    [Fact]
    public async Task ServerApp_IdentitySettings_BuildTheTaskHubWithoutCallingAzure()
    {
        await using var app = ServerApp.Build([], Settings(("AzureWebJobsStorage:accountName", "acct")));

        var hub = app.Services.GetRequiredService<AzureStorageTaskHub>();

        Assert.Equal(new Uri("https://acct.queue.core.windows.net"), hub.Options.StorageIdentity?.QueueServiceUri);
        Assert.IsType<DefaultAzureCredential>(hub.Options.StorageIdentity?.Credential);
    }

    [Fact]
    public async Task ServerApp_ServiceUris_AreUsedAsGiven()
    {
        await using var app = ServerApp.Build([], Settings(
            ("AzureWebJobsStorage:blobServiceUri", "https://acct.blob.core.usgovcloudapi.net/"),
            ("AzureWebJobsStorage:queueServiceUri", "https://acct.queue.core.usgovcloudapi.net/"),
            ("AzureWebJobsStorage:tableServiceUri", "https://acct.table.core.usgovcloudapi.net/")));

        var provider = AzureStorageTaskHub.CreateClientProvider(
            app.Services.GetRequiredService<IOptions<DurableTaskFrameworkOptions>>().Value);

        Assert.Equal(new Uri("https://acct.blob.core.usgovcloudapi.net/"), BlobUri(provider));
        Assert.Equal(new Uri("https://acct.queue.core.usgovcloudapi.net/"), QueueUri(provider));
        Assert.Equal(new Uri("https://acct.table.core.usgovcloudapi.net/"), TableUri(provider));
    }

    [Fact]
    public async Task ServerApp_BlobServiceUriOnly_RefusesToStartNamingTheMissingUris()
    {
        await using var app = ServerApp.Build([], Settings(
            ("AzureWebJobsStorage:blobServiceUri", "https://acct.blob.core.windows.net/")));

        var error = Assert.Throws<OptionsValidationException>(
            () => app.Services.GetRequiredService<IOptions<DurableTaskFrameworkOptions>>().Value);

        Assert.Contains("__queueServiceUri and __tableServiceUri", error.Message);
    }

    [Fact]
    public async Task ServerApp_ConnectionString_WinsOverIdentitySettings()
    {
        await using var app = ServerApp.Build([], new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["AzureWebJobsStorage:accountName"] = "acct",
        });

        var options = app.Services.GetRequiredService<IOptions<DurableTaskFrameworkOptions>>().Value;

        Assert.Equal("UseDevelopmentStorage=true", options.StorageConnectionString);
        Assert.Null(options.StorageIdentity);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), QueueUri(
            AzureStorageTaskHub.CreateClientProvider(options)));
    }

    [Fact]
    public async Task ServerApp_NoStorageSetting_UsesAzurite()
    {
        await using var app = ServerApp.Build([], Settings());

        var options = app.Services.GetRequiredService<IOptions<DurableTaskFrameworkOptions>>().Value;
        var blobs = app.Services.GetRequiredService<BlobServiceClient>();

        Assert.Equal("UseDevelopmentStorage=true", options.StorageConnectionString);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), blobs.Uri);
    }

    // AzureWebJobsStorage itself is unset (null), hiding any connection string this machine's environment holds.
    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] settings)
    {
        var all = settings.ToDictionary(s => s.Key, s => (string?)s.Value);
        all.TryAdd("AzureWebJobsStorage", null);
        return all;
    }

    private static Uri BlobUri(StorageAccountClientProvider provider) =>
        provider.Blob.CreateClient(provider.Blob.CreateOptions()).Uri;

    private static Uri QueueUri(StorageAccountClientProvider provider) =>
        provider.Queue.CreateClient(provider.Queue.CreateOptions()).Uri;

    private static Uri TableUri(StorageAccountClientProvider provider) =>
        provider.Table.CreateClient(provider.Table.CreateOptions()).Uri;
}
