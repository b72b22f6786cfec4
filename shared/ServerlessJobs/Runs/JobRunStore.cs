using Azure.Storage.Blobs.Models;
using ServerlessJobs.Api;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Storage;

namespace ServerlessJobs.Runs;

/// <summary>
/// Job runs in Blob storage, one JSON document each, named <c>{project_id}/{run_id}.json</c> with time-ordered ids.
/// The definition id, state and reason are copied into blob metadata, so lists filter on a name listing and read
/// only the documents of the page they return.
/// </summary>
public sealed class JobRunStore(DocumentStore store)
{
    private const string DefinitionKey = "job_definition_id";
    private const string StateKey = "state";
    private const string ReasonKey = "reason";
    private const string NoReason = "none";
    private const string RegionKey = "region";

    private JsonBlobContainer Container => store.JobRuns;

    /// <summary>Stores a new run; returns <see langword="false"/> when a run with that id exists already.</summary>
    public Task<bool> TryCreateAsync(JobRunDocument document, CancellationToken cancellationToken) =>
        Container.TryCreateAsync(BlobName(document.Run.ProjectId!, document.Run.Id), document, Metadata(document),
            cancellationToken);

    /// <summary>Reads a run of a project, or <see langword="null"/>.</summary>
    public async Task<JobRunDocument?> GetAsync(string projectId, string runId, CancellationToken cancellationToken) =>
        (await Container.GetAsync<JobRunDocument>(BlobName(projectId, runId), cancellationToken))?.Value;

    /// <summary>Applies a transition under the run's ETag; returns the run as stored afterwards, or null when unknown.</summary>
    public async Task<JobRunDocument?> UpdateAsync(
        string projectId, string runId, Func<JobRunDocument, JobRunDocument?> transition,
        CancellationToken cancellationToken) =>
        (await Container.UpdateAsync(BlobName(projectId, runId), transition, Metadata, cancellationToken))?.Value;

    /// <summary>One page of a project's runs that match the filter, and how many match in all.</summary>
    public async Task<(IReadOnlyList<JobRun> Page, int Total)> ListAsync(
        string projectId, JobRunFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in Container.ListAsync(projectId + "/", withMetadata: true, cancellationToken))
        {
            if (Matches(item, filter))
            {
                names.Add(item.Name);
            }
        }

        var documents = await Task.WhenAll(page.Select(names)
            .Select(name => Container.GetAsync<JobRunDocument>(name, cancellationToken)));
        return (documents.Where(d => d is not null).Select(d => d!.Value.Run).ToArray(), names.Count);
    }

    /// <summary>Whether a definition has a run that is not yet over.</summary>
    public async Task<bool> HasActiveRunAsync(string projectId, string definitionId, CancellationToken cancellationToken)
    {
        await foreach (var item in Container.ListAsync(projectId + "/", withMetadata: true, cancellationToken))
        {
            if (item.Metadata.TryGetValue(DefinitionKey, out var id) && id == definitionId
                && item.Metadata.TryGetValue(StateKey, out var state)
                && JobRunTransitions.IsActive(ParseEnum<JobRunState>(state)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(BlobItem item, JobRunFilter filter)
    {
        IReadOnlyDictionary<string, string> metadata = item.Metadata.AsReadOnly();
        var state = ParseEnum<JobRunState>(metadata.GetValueOrDefault(StateKey));
        JobRunReason? reason = metadata.GetValueOrDefault(ReasonKey) is { } text && text != NoReason
            ? ParseEnum<JobRunReason>(text)
            : null;
        return (filter.Region is null || metadata.GetValueOrDefault(RegionKey) == filter.Region)
            && (filter.JobDefinitionId is null || metadata.GetValueOrDefault(DefinitionKey) == filter.JobDefinitionId)
            && (filter.States.Count == 0 || filter.States.Contains(state))
            && (filter.Reasons.Count == 0 || reason is { } given && filter.Reasons.Contains(given))
            && (filter.Accepts is null || filter.Accepts(state, reason));
    }

    private static Dictionary<string, string> Metadata(JobRunDocument document) => new()
    {
        [DefinitionKey] = document.Run.JobDefinitionId,
        [RegionKey] = document.Run.Region,
        [StateKey] = EnumText(document.Run.State),
        [ReasonKey] = document.Run.Reason is { } reason ? EnumText(reason) : NoReason,
    };

    // Metadata holds the wire spelling, so a listing reads the way the API writes.
    private static string EnumText<T>(T value)
        where T : struct, Enum => WireEnum.Format(value);

    private static T ParseEnum<T>(string? text)
        where T : struct, Enum => WireEnum.TryParse<T>(text, out var value) ? value : default;

    private static string BlobName(string projectId, string runId) => $"{projectId}/{runId}.json";
}
