using ServerlessJobs.Client.Models;
using ServerlessJobs.Storage;

namespace ServerlessJobs.Triggers;

/// <summary>
/// Triggers in Blob storage, one JSON document each, named <c>{project_id}/{trigger_id}.json</c> with the
/// definition's id in metadata. Ids are version 7 UUIDs, so a listing is in creation order, and a definition's
/// triggers are found from names and metadata alone: only the page returned is read.
/// </summary>
public sealed class TriggerStore(DocumentStore store)
{
    private const string DefinitionKey = "job_definition_id";

    private JsonBlobContainer Container => store.Triggers;

    /// <summary>Stores a new trigger of a definition of <paramref name="projectId"/>.</summary>
    public async Task CreateAsync(string projectId, Trigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);

        var name = BlobName(projectId, trigger.Id);
        if (!await Container.TryCreateAsync(name, trigger, Metadata(trigger), cancellationToken))
        {
            throw new InvalidOperationException($"trigger {trigger.Id} exists already");
        }
    }

    /// <summary>Reads a trigger of a project, or <see langword="null"/>.</summary>
    public async Task<Trigger?> GetAsync(string projectId, string id, CancellationToken cancellationToken) =>
        (await Container.GetAsync<Trigger>(BlobName(projectId, id), cancellationToken))?.Value;

    /// <summary>Applies a change under the trigger's ETag; returns the stored result, or null if it is gone.</summary>
    public async Task<Trigger?> UpdateAsync(
        string projectId, string id, Func<Trigger, Trigger?> change, CancellationToken cancellationToken) =>
        (await Container.UpdateAsync(BlobName(projectId, id), change, Metadata, cancellationToken))?.Value;

    /// <summary>Deletes a trigger; returns whether it existed.</summary>
    public Task<bool> DeleteAsync(string projectId, string id, CancellationToken cancellationToken) =>
        Container.DeleteAsync(BlobName(projectId, id), cancellationToken);

    /// <summary>One page of a definition's triggers in creation order, and how many it has.</summary>
    public async Task<(IReadOnlyList<Trigger> Page, int Total)> ListAsync(
        string projectId, string jobDefinitionId, PageRequest page, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(projectId, jobDefinitionId, cancellationToken);
        var reads = page.Select(names).Select(name => Container.GetAsync<Trigger>(name, cancellationToken));
        var documents = await Task.WhenAll(reads);
        return (documents.Where(d => d is not null).Select(d => d!.Value).ToArray(), names.Count);
    }

    /// <summary>Every trigger of a definition, oldest first.</summary>
    public async Task<IReadOnlyList<Trigger>> ListAllAsync(
        string projectId, string jobDefinitionId, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(projectId, jobDefinitionId, cancellationToken);
        var documents = await Task.WhenAll(names.Select(name => Container.GetAsync<Trigger>(name, cancellationToken)));
        return documents.Where(d => d is not null).Select(d => d!.Value).ToArray();
    }

    private async Task<IReadOnlyList<string>> NamesAsync(
        string projectId, string jobDefinitionId, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in Container.ListAsync(projectId + "/", withMetadata: true, cancellationToken))
        {
            if (item.Metadata.TryGetValue(DefinitionKey, out var id)
                && string.Equals(id, jobDefinitionId, StringComparison.OrdinalIgnoreCase))
            {
                names.Add(item.Name);
            }
        }

        return names;
    }

    private static Dictionary<string, string> Metadata(Trigger trigger) =>
        new() { [DefinitionKey] = trigger.JobDefinitionId };

    private static string BlobName(string projectId, string id) => $"{projectId}/{id}.json";
}
