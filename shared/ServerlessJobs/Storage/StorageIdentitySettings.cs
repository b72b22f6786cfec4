using Azure.Core;

namespace ServerlessJobs.Storage;

/// <summary>
/// The identity-based form of <c>AzureWebJobsStorage</c>: the account's service endpoints and the Entra ID credential
/// that reaches them, read by <see cref="StorageConnection.IdentitySettings"/>.
/// </summary>
/// <param name="BlobServiceUri">The Blob service, from <c>__blobServiceUri</c> or <c>__accountName</c>.</param>
/// <param name="QueueServiceUri">The Queue service, or <see langword="null"/> when only a blob URI is set.</param>
/// <param name="TableServiceUri">The Table service, or <see langword="null"/> when only a blob URI is set.</param>
/// <param name="Credential">A managed identity, or the default chain (developer sign-in on a laptop).</param>
/// <param name="ClientId">The user-assigned identity (<c>__clientId</c>), or <see langword="null"/>.</param>
public sealed record StorageIdentitySettings(
    Uri BlobServiceUri, Uri? QueueServiceUri, Uri? TableServiceUri, TokenCredential Credential, string? ClientId);
