using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ServerlessJobs.Client;

namespace ServerlessJobs.Storage;

/// <summary>
/// One blob container of JSON documents. Every write is conditional: creates fail on an existing name, updates
/// quote the ETag they read and retry on a lost race, so concurrent writers never lose each other's changes.
/// </summary>
public sealed class JsonBlobContainer(BlobContainerClient container, int maxUpdateAttempts)
{
    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json" };
    private int _created;

    /// <summary>The container's name.</summary>
    public string Name => container.Name;

    /// <summary>The container itself, for blobs kept beside the documents that are not JSON documents.</summary>
    public BlobContainerClient Client => container;

    /// <summary>Reads a document, or <see langword="null"/> when it does not exist.</summary>
    public async Task<StoredDocument<T>?> GetAsync<T>(string name, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        try
        {
            var response = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            var value = response.Value.Content.ToObjectFromJson<T>(ScalewayJson.Options)!;
            return new StoredDocument<T>(name, value, response.Value.Details.ETag);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Writes a new document; returns <see langword="false"/> when the name is taken.</summary>
    public async Task<bool> TryCreateAsync<T>(
        string name, T value, IDictionary<string, string>? metadata, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        try
        {
            var absent = new BlobRequestConditions { IfNoneMatch = ETag.All };
            await UploadAsync(name, value, metadata, absent, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Writes a document whatever is stored under the name; for documents only one writer owns.</summary>
    public async Task UpsertAsync<T>(string name, T value, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        await UploadAsync(name, value, null, new BlobRequestConditions(), cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored document and writes it back if its ETag is unchanged, reading
    /// again and reapplying on a lost race. A change that returns <see langword="null"/> writes nothing.
    /// Returns the document as stored afterwards, or <see langword="null"/> when it does not exist.
    /// </summary>
    public async Task<StoredDocument<T>?> UpdateAsync<T>(
        string name, Func<T, T?> change, Func<T, IDictionary<string, string>?>? metadata,
        CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetAsync<T>(name, cancellationToken);
            if (current is null)
            {
                return null;
            }

            var changed = change(current.Value);
            if (changed is null)
            {
                return current;
            }

            try
            {
                var conditions = new BlobRequestConditions { IfMatch = current.ETag };
                var etag = await UploadAsync(name, changed, metadata?.Invoke(changed), conditions, cancellationToken);
                return new StoredDocument<T>(name, changed, etag);
            }
            catch (RequestFailedException exception) when (exception.Status == 412 && attempt < maxUpdateAttempts)
            {
                // Another writer got there first: read its version and apply the change on top of it.
            }
        }
    }

    /// <summary>Deletes a document if it exists; returns whether it did.</summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var response = await container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        return response.Value;
    }

    /// <summary>
    /// Lists blob names (and metadata when asked) under a prefix, in name order, without reading content.
    /// </summary>
    public async IAsyncEnumerable<BlobItem> ListAsync(
        string prefix, bool withMetadata,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var traits = withMetadata ? BlobTraits.Metadata : BlobTraits.None;
        await foreach (var item in container.GetBlobsAsync(traits, BlobStates.None, prefix, cancellationToken))
        {
            yield return item;
        }
    }

    private async Task<ETag> UploadAsync<T>(
        string name, T value, IDictionary<string, string>? metadata, BlobRequestConditions conditions,
        CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions { HttpHeaders = JsonHeaders, Metadata = metadata, Conditions = conditions };
        var content = BinaryData.FromObjectAsJson(value, ScalewayJson.Options);
        var response = await container.GetBlobClient(name).UploadAsync(content, options, cancellationToken);
        return response.Value.ETag;
    }

    /// <summary>Creates the container unless this instance has already seen it exist.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 0)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref _created, 1);
        }
    }
}
