using Azure.Identity;
using Microsoft.Extensions.Configuration;
using ServerlessJobs.Storage;

namespace ServerlessJobs.Tests.Deploy;

/// <summary>
/// <c>AzureWebJobsStorage</c> in its connection-string and identity-based forms, as the Bicep deployment and
/// local.settings.json set it, read into the clients the engine uses. Nothing here contacts Azure.
/// </summary>
public sealed class StorageConnectionTests
{
    [Fact]
    public void IdentitySettings_AccountName_ReachesThePublicCloudEndpoints()
    {
        var identity = StorageConnection.IdentitySettings(Settings(("AzureWebJobsStorage:accountName", "acct")))!;

        Assert.Equal(new Uri("https://acct.blob.core.windows.net"), identity.BlobServiceUri);
        Assert.Equal(new Uri("https://acct.queue.core.windows.net"), identity.QueueServiceUri);
        Assert.Equal(new Uri("https://acct.table.core.windows.net"), identity.TableServiceUri);
        Assert.IsType<DefaultAzureCredential>(identity.Credential);
        Assert.Null(identity.ClientId);
    }

    [Fact]
    public void IdentitySettings_ServiceUris_WinOverTheAccountName()
    {
        var identity = StorageConnection.IdentitySettings(Settings(
            ("AzureWebJobsStorage:accountName", "acct"),
            ("AzureWebJobsStorage:blobServiceUri", "https://acct.blob.core.chinacloudapi.cn/"),
            ("AzureWebJobsStorage:queueServiceUri", "https://acct.queue.core.chinacloudapi.cn/"),
            ("AzureWebJobsStorage:tableServiceUri", "https://acct.table.core.chinacloudapi.cn/")))!;

        Assert.Equal(new Uri("https://acct.blob.core.chinacloudapi.cn/"), identity.BlobServiceUri);
        Assert.Equal(new Uri("https://acct.queue.core.chinacloudapi.cn/"), identity.QueueServiceUri);
        Assert.Equal(new Uri("https://acct.table.core.chinacloudapi.cn/"), identity.TableServiceUri);
    }

    [Fact]
    public void IdentitySettings_BlobServiceUriAlone_LeavesQueueAndTableUnknown()
    {
        var identity = StorageConnection.IdentitySettings(
            Settings(("AzureWebJobsStorage:blobServiceUri", "https://acct.blob.core.windows.net")))!;

        Assert.Equal(new Uri("https://acct.blob.core.windows.net"), identity.BlobServiceUri);
        Assert.Null(identity.QueueServiceUri);
        Assert.Null(identity.TableServiceUri);
    }

    [Fact]
    public void IdentitySettings_CredentialManagedIdentity_UsesTheAppsIdentity()
    {
        var identity = StorageConnection.IdentitySettings(Settings(
            ("AzureWebJobsStorage:accountName", "acct"), ("AzureWebJobsStorage:credential", "managedidentity")))!;

        Assert.IsType<ManagedIdentityCredential>(identity.Credential);
        Assert.Null(identity.ClientId);
    }

    [Fact]
    public void IdentitySettings_ClientId_SelectsTheUserAssignedIdentity()
    {
        const string clientId = "77777777-7777-4777-8777-777777777777";

        var identity = StorageConnection.IdentitySettings(Settings(
            ("AzureWebJobsStorage:accountName", "acct"), ("AzureWebJobsStorage:credential", "ManagedIdentity"),
            ("AzureWebJobsStorage:clientId", clientId)))!;

        Assert.IsType<ManagedIdentityCredential>(identity.Credential);
        Assert.Equal(clientId, identity.ClientId);
    }

    [Fact]
    public void IdentitySettings_UnknownCredential_NamesTheSettingAndTheAccepted()
    {
        var settings = Settings(
            ("AzureWebJobsStorage:accountName", "acct"), ("AzureWebJobsStorage:credential", "clientsecret"));

        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.IdentitySettings(settings));

        Assert.Contains("AzureWebJobsStorage__credential 'clientsecret'", error.Message);
        Assert.Contains("'managedidentity'", error.Message);
    }

    [Fact]
    public void CreateBlobServiceClient_AccountName_SignsInWithATokenNotAKey()
    {
        var client = StorageConnection.CreateBlobServiceClient(Settings(
            ("AzureWebJobsStorage:accountName", "acct"), ("AzureWebJobsStorage:credential", "managedidentity")));

        Assert.Equal(new Uri("https://acct.blob.core.windows.net"), client.Uri);
        Assert.Equal("acct", client.AccountName);
        Assert.False(client.CanGenerateAccountSasUri);
    }

    [Fact]
    public void CreateBlobServiceClient_ConnectionString_WinsOverIdentitySettings()
    {
        var client = StorageConnection.CreateBlobServiceClient(Settings(
            ("AzureWebJobsStorage", "UseDevelopmentStorage=true"), ("AzureWebJobsStorage:accountName", "acct")));

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), client.Uri);
        Assert.True(client.CanGenerateAccountSasUri);
    }

    [Fact]
    public void CreateBlobServiceClient_NothingConfigured_SaysWhatToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => StorageConnection.CreateBlobServiceClient(Settings()));

        Assert.Contains("AzureWebJobsStorage__accountName", error.Message);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
