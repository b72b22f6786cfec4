using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace ServerlessJobs.Storage;

/// <summary>
/// Reads the Functions-style <c>AzureWebJobsStorage</c> setting the way the Functions host does: a connection string,
/// or identity-based settings (<c>__accountName</c>, <c>__blobServiceUri</c>, <c>__queueServiceUri</c>,
/// <c>__tableServiceUri</c>, <c>__credential</c>, <c>__clientId</c>) reached with an Entra ID token.
/// </summary>
public static class StorageConnection
{
    /// <summary>The setting name both hosts read.</summary>
    public const string SettingName = "AzureWebJobsStorage";

    /// <summary>The connection string of the local emulator (Azurite), the self-host's default.</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <summary>The <c>__credential</c> value that selects the app's managed identity.</summary>
    public const string ManagedIdentity = "managedidentity";

    /// <summary>Whether a connection string or an identity-based endpoint is configured.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        ConnectionString(configuration) is not null || BlobServiceUri(configuration) is not null;

    /// <summary>The connection string, or <see langword="null"/> when the identity-based form is used.</summary>
    public static string? ConnectionString(IConfiguration configuration) =>
        configuration[SettingName] is { Length: > 0 } value ? value : null;

    /// <summary>The blob service endpoint of the identity-based form, or <see langword="null"/>.</summary>
    public static Uri? BlobServiceUri(IConfiguration configuration) =>
        ServiceUri(configuration.GetSection(SettingName), "blob");

    /// <summary>
    /// The identity-based form, or <see langword="null"/> when neither <c>__accountName</c> nor
    /// <c>__blobServiceUri</c> is set. A service URI wins over the one derived from the account name.
    /// </summary>
    /// <remarks>
    /// An account name alone assumes the public cloud (<c>core.windows.net</c>); in other clouds set the URIs.
    /// </remarks>
    public static StorageIdentitySettings? IdentitySettings(IConfiguration configuration)
    {
        var section = configuration.GetSection(SettingName);
        if (ServiceUri(section, "blob") is not { } blob)
        {
            return null;
        }

        var clientId = section["clientId"] is { Length: > 0 } id ? id : null;
        var credential = CreateCredential(section, clientId);
        return new StorageIdentitySettings(
            blob, ServiceUri(section, "queue"), ServiceUri(section, "table"), credential, clientId);
    }

    /// <summary>Creates the Blob service client, or explains which setting is missing.</summary>
    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration)
    {
        if (ConnectionString(configuration) is { } connectionString)
        {
            return new BlobServiceClient(connectionString);
        }

        if (IdentitySettings(configuration) is { } identity)
        {
            return new BlobServiceClient(identity.BlobServiceUri, identity.Credential);
        }

        throw new InvalidOperationException(
            $"Storage is not configured: set {SettingName} to a connection string ({DevelopmentStorage} for " +
            $"Azurite), or {SettingName}__accountName to use the host's managed identity.");
    }

    private static Uri? ServiceUri(IConfigurationSection section, string service)
    {
        if (section[service + "ServiceUri"] is { Length: > 0 } uri)
        {
            return new Uri(uri);
        }

        return section["accountName"] is { Length: > 0 } account
            ? new Uri($"https://{account}.{service}.core.windows.net")
            : null;
    }

    // The Functions host's rules: "managedidentity" (with an optional user-assigned clientId) or, when unset, the
    // default chain, which finds the managed identity in Azure and the developer's sign-in on a laptop.
    private static TokenCredential CreateCredential(IConfigurationSection section, string? clientId) =>
        section["credential"] switch
        {
            null or "" => new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = clientId,
            }),
            var kind when kind.Equals(ManagedIdentity, StringComparison.OrdinalIgnoreCase) =>
                new ManagedIdentityCredential(clientId is null
                    ? ManagedIdentityId.SystemAssigned
                    : ManagedIdentityId.FromUserAssignedClientId(clientId)),
            var kind => throw new InvalidOperationException(
                $"{SettingName}__credential '{kind}' is not supported: use '{ManagedIdentity}', or leave it unset " +
                "for the default Azure credential chain."),
        };
}
