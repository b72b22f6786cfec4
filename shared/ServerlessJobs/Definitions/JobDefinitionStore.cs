using ServerlessJobs.Client.Models;
using ServerlessJobs.Storage;

namespace ServerlessJobs.Definitions;

/// <summary>
/// Job definitions in Blob storage, one JSON document each, named <c>{project_id}/{id}.json</c>. Ids are
/// time-ordered UUIDs (version 7), so a name listing under a project is already in creation order: a page costs
/// one name listing plus the page's own reads, whatever its number. The region is copied into blob metadata, so
/// each region lists only its own definitions.
/// </summary>
public sealed class JobDefinitionStore(DocumentStore store)
{
    private const string RegionKey = "region";

    private JsonBlobContainer Container => store.JobDefinitions;

    /// <summary>Stores a new definition.</summary>
    public async Task CreateAsync(JobDefinition definition, CancellationToken cancellationToken)
    {
        if (!await Container.TryCreateAsync(BlobName(definition.ProjectId, definition.Id), definition, Metadata(definition),
                cancellationToken))
        {
            throw new InvalidOperationException($"job definition {definition.Id} exists already");
        }
    }

    /// <summary>Reads a definition of a project, or <see langword="null"/>.</summary>
    public async Task<JobDefinition?> GetAsync(string projectId, string id, CancellationToken cancellationToken) =>
        (await Container.GetAsync<JobDefinition>(BlobName(projectId, id), cancellationToken))?.Value;

    /// <summary>Applies a change under the definition's ETag; returns the stored result, or null when it is gone.</summary>
    public async Task<JobDefinition?> UpdateAsync(
        string projectId, string id, Func<JobDefinition, JobDefinition?> change, CancellationToken cancellationToken) =>
        (await Container.UpdateAsync(BlobName(projectId, id), change, Metadata, cancellationToken))?.Value;

    /// <summary>Deletes a definition; returns whether it existed.</summary>
    public Task<bool> DeleteAsync(string projectId, string id, CancellationToken cancellationToken) =>
        Container.DeleteAsync(BlobName(projectId, id), cancellationToken);

    /// <summary>One page of a project's definitions in a region, in creation order, and how many there are.</summary>
    public async Task<(IReadOnlyList<JobDefinition> Page, int Total)> ListAsync(
        string projectId, string region, PageRequest page, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in Container.ListAsync(projectId + "/", withMetadata: true, cancellationToken))
        {
            if (item.Metadata.TryGetValue(RegionKey, out var stored) && stored == region)
            {
                names.Add(item.Name);
            }
        }

        var selected = page.Select(names);
        var documents = await Task.WhenAll(selected.Select(name => Container.GetAsync<JobDefinition>(name, cancellationToken)));
        return (documents.Where(d => d is not null).Select(d => d!.Value).ToArray(), names.Count);
    }

    private static Dictionary<string, string> Metadata(JobDefinition definition) => new() { [RegionKey] = definition.Region };

    private static string BlobName(string projectId, string id) => $"{projectId}/{id}.json";
}
