using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using ServerlessJobs.Runtimes;
using ServerlessJobs.Storage;

namespace ServerlessJobs.Runs.Logs;

/// <summary>
/// Run logs in Blob storage: one append blob per attempt, <c>{project_id}/{run_id}/{attempt}.log</c> in the
/// <c>logs</c> container, holding stdout and stderr verbatim, interleaved in arrival order, readable while it grows.
/// </summary>
public sealed class RunLogStore(DocumentStore documents, TimeProvider time, ILogger<RunLogStore> logger)
{
    /// <summary>The kind of container that holds the logs, see <see cref="DocumentStore.ContainerName"/>.</summary>
    public const string ContainerKind = "logs";

    private volatile bool _containerExists;

    private BlobContainerClient Container =>
        documents.Service.GetBlobContainerClient(documents.ContainerName(ContainerKind));

    /// <summary>The blob name of one attempt's log.</summary>
    public static string BlobName(string projectId, string runId, int attempt) => $"{projectId}/{runId}/{attempt}.log";

    /// <summary>
    /// Opens the log of an attempt for appending, creating it if needed; an existing log (the same attempt launched
    /// again) is appended to, never overwritten.
    /// </summary>
    /// <param name="attempt">The run and attempt.</param>
    /// <param name="flushInterval">The longest time output waits before it is appended (e.g. 500 ms).</param>
    /// <param name="cancellationToken">Cancels opening only; the writer runs until completed.</param>
    public async Task<RunLogWriter> OpenWriterAsync(
        AttemptKey attempt, TimeSpan flushInterval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(flushInterval, TimeSpan.Zero);

        var container = Container;
        if (!_containerExists)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _containerExists = true;
        }

        var blob = container.GetAppendBlobClient(BlobName(attempt.ProjectId, attempt.RunId, attempt.Attempt));
        var options = new AppendBlobCreateOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" },
        };
        var created = await blob.CreateIfNotExistsAsync(options, cancellationToken);
        if (created is not null)
        {
            return new RunLogWriter(blob, attempt, 0, 0, flushInterval, time, logger);
        }

        var existing = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        return new RunLogWriter(
            blob, attempt, existing.ContentLength, existing.BlobCommittedBlockCount, flushInterval, time, logger);
    }

    /// <summary>The log of an attempt as text so far (UTF-8), or <see langword="null"/> when it has none.</summary>
    public async Task<string?> ReadAsync(
        string projectId, string runId, int attempt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(projectId);
        ArgumentException.ThrowIfNullOrEmpty(runId);

        try
        {
            var blob = Container.GetBlobClient(BlobName(projectId, runId, attempt));
            var content = await blob.DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToString();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
