using ServerlessJobs.Storage;

namespace ServerlessJobs.Runs;

/// <summary>
/// Each host's list of live workloads, in Blob storage under <c>{host_id}/</c>: written before a workload starts and
/// removed when it ends, so that after a crash the host finds exactly the attempts it lost.
/// </summary>
public sealed class ProcessLedger(DocumentStore store, HostIdentity host)
{
    private JsonBlobContainer Container => store.Hosts;

    /// <summary>Records an attempt about to start on this host.</summary>
    public Task AddAsync(LedgerEntry entry, CancellationToken cancellationToken) =>
        Container.UpsertAsync(Name(host.HostId, entry.RunId, entry.Attempt), entry, cancellationToken);

    /// <summary>Removes an attempt whose end has been reported.</summary>
    public Task RemoveAsync(string runId, int attempt, CancellationToken cancellationToken) =>
        Container.DeleteAsync(Name(host.HostId, runId, attempt), cancellationToken);

    /// <summary>Every entry this host id holds, from this and earlier boots.</summary>
    public async Task<IReadOnlyList<LedgerEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var entries = new List<LedgerEntry>();
        await foreach (var item in Container.ListAsync(host.HostId + "/", withMetadata: false, cancellationToken))
        {
            if (await Container.GetAsync<LedgerEntry>(item.Name, cancellationToken) is { } entry)
            {
                entries.Add(entry.Value);
            }
        }

        return entries;
    }

    /// <summary>A new entry for an attempt this host process is about to launch.</summary>
    public LedgerEntry NewEntry(string projectId, string runId, int attempt) =>
        new(projectId, runId, attempt, host.BootId, host.ProcessId, host.ProcessStartedAt, null, null);

    private static string Name(string hostId, string runId, int attempt) => $"{hostId}/{runId}-{attempt}.json";
}
