using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ServerlessJobs.Client;
using ServerlessJobs.Storage;

namespace ServerlessJobs.Scheduling;

/// <summary>
/// The due-time index in the <see cref="DocumentStore.Schedules"/> container: one small blob per scheduled source,
/// named by its next due time so that a name-ordered listing yields the due ones first. A tick lists until the
/// first entry past now and never reads a schedule that is not due.
/// </summary>
public sealed class DueIndex
{
    /// <summary>Names asked for per listing request: a tick with few due entries lists once.</summary>
    public const int PageSize = 250;

    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json" };
    private readonly BlobContainerClient _container;
    private int _created;

    /// <summary>Creates the index over the deployment's schedules container.</summary>
    public DueIndex(DocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _container = store.Service.GetBlobContainerClient(store.Schedules.Name);
    }

    /// <summary>Writes an entry, replacing one of the same name.</summary>
    public async Task SetAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);

        await EnsureCreatedAsync(cancellationToken);
        var options = new BlobUploadOptions { HttpHeaders = JsonHeaders, Metadata = entry.Metadata() };
        var content = BinaryData.FromObjectAsJson(entry, ScalewayJson.Options);
        await _container.GetBlobClient(entry.Name).UploadAsync(content, options, cancellationToken);
    }

    /// <summary>Deletes an entry if it exists; returns whether it did.</summary>
    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var response = await _container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        return response.Value;
    }

    /// <summary>
    /// The entries due at or before <paramref name="now"/>, earliest first, from names and metadata only.
    /// </summary>
    public async Task<DueListing> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var entries = new List<DueEntry>();
        var pages = 0;
        var listing = _container.GetBlobsAsync(
            BlobTraits.Metadata, BlobStates.None, DueEntry.Prefix, cancellationToken);
        await foreach (var page in listing.AsPages(pageSizeHint: PageSize))
        {
            pages++;
            foreach (var item in page.Values)
            {
                if (!DueEntry.TryParse(item.Name, item.Metadata, out var entry))
                {
                    continue;
                }

                if (entry.DueAt > now)
                {
                    return new DueListing(entries, pages);
                }

                entries.Add(entry);
            }
        }

        return new DueListing(entries, pages);
    }

    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 0)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref _created, 1);
        }
    }
}
