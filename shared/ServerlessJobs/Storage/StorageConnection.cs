using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace ServerlessJobs.Storage;

/// <summary>
/// Builds the Blob client from the Functions-style <c>AzureWebJobsStorage</c> setting: a connection string, or
/// identity-based settings (<c>AzureWebJobsStorage__accountName</c> or <c>AzureWebJobsStorage__blobServiceUri</c>)
/// reached with <see cref="DefaultAzureCredential"/>.
/// </summary>
public static class StorageConnection
{
    /// <summary>The setting name both hosts read.</summary>
    public const string SettingName = "AzureWebJobsStorage";

    /// <summary>The connection string, or <see langword="null"/> when the identity-based form is used.</summary>
    public static string? ConnectionString(IConfiguration configuration) =>
        configuration[SettingName] is { Length: > 0 } value ? value : null;

    /// <summary>The blob service endpoint of the identity-based form, or <see langword="null"/>.</summary>
    public static Uri? BlobServiceUri(IConfiguration configuration)
    {
        var section = configuration.GetSection(SettingName);
        if (section["blobServiceUri"] is { Length: > 0 } uri)
        {
            return new Uri(uri);
        }

        return section["accountName"] is { Length: > 0 } account
            ? new Uri($"https://{account}.blob.core.windows.net")
            : null;
    }

    /// <summary>Creates the Blob service client, or explains which setting is missing.</summary>
    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration)
    {
        if (ConnectionString(configuration) is { } connectionString)
        {
            return new BlobServiceClient(connectionString);
        }

        if (BlobServiceUri(configuration) is { } serviceUri)
        {
            var clientId = configuration.GetSection(SettingName)["clientId"];
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
            return new BlobServiceClient(serviceUri, credential);
        }

        throw new InvalidOperationException(
            $"Storage is not configured: set {SettingName} to a connection string (UseDevelopmentStorage=true for " +
            $"Azurite), or {SettingName}__accountName to use the host's managed identity.");
    }
}
