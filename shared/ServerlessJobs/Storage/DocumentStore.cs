using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace ServerlessJobs.Storage;

/// <summary>The engine's containers, one per kind of document, named after <see cref="StorageOptions.ContainerPrefix"/>.</summary>
public sealed class DocumentStore(BlobServiceClient service, IOptions<StorageOptions> options)
{
    /// <summary>Job definitions, named <c>{project_id}/{job_definition_id}.json</c>.</summary>
    public JsonBlobContainer JobDefinitions { get; } = Container(service, options.Value, "definitions");

    /// <summary>Job runs, named <c>{project_id}/{job_run_id}.json</c>, with state in blob metadata.</summary>
    public JsonBlobContainer JobRuns { get; } = Container(service, options.Value, "runs");

    /// <summary>Triggers, named <c>{project_id}/{trigger_id}.json</c>.</summary>
    public JsonBlobContainer Triggers { get; } = Container(service, options.Value, "triggers");

    /// <summary>Each host's ledger of the workloads it runs, named <c>{host_id}/{run_id}-{attempt}.json</c>.</summary>
    public JsonBlobContainer Hosts { get; } = Container(service, options.Value, "hosts");

    /// <summary>Schedules' due-time index and other engine bookkeeping.</summary>
    public JsonBlobContainer Schedules { get; } = Container(service, options.Value, "schedules");

    /// <summary>The blob service, for containers that are not JSON documents (run logs).</summary>
    public BlobServiceClient Service { get; } = service;

    /// <summary>The full name of a container of this deployment.</summary>
    public string ContainerName(string kind) => $"{options.Value.ContainerPrefix}-{kind}";

    private static JsonBlobContainer Container(BlobServiceClient service, StorageOptions options, string kind) =>
        new(service.GetBlobContainerClient($"{options.ContainerPrefix}-{kind}"), options.MaxUpdateAttempts);
}
