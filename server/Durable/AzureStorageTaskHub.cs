using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask.Converters;
using Microsoft.Extensions.Options;
using SdkDataConverter = Microsoft.DurableTask.DataConverter;

namespace ServerlessJobs.Server.Durable;

/// <summary>
/// The self-host's one connection to its task hub in Azure Storage: the orchestration service the worker runs on
/// and the <see cref="TaskHubClient"/> that schedules, signals and reads instances, both on System.Text.Json.
/// </summary>
public sealed class AzureStorageTaskHub : IDisposable
{
    /// <summary>Creates the service and client; no storage call is made until one is used.</summary>
    public AzureStorageTaskHub(IOptions<DurableTaskFrameworkOptions> options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);

        Options = options.Value;
        DataConverter = JsonDataConverter.Default;
        Service = new AzureStorageOrchestrationService(CreateSettings(Options, loggerFactory));
        Client = new TaskHubClient(Service, new SystemTextJsonDataConverter(DataConverter), loggerFactory);
    }

    /// <summary>The client over this hub; reads and writes payloads with <see cref="DataConverter"/>.</summary>
    public TaskHubClient Client { get; }

    /// <summary>The SDK's System.Text.Json converter, shared by the client and the worker's shims.</summary>
    public SdkDataConverter DataConverter { get; }

    /// <summary>The options the hub was built with.</summary>
    public DurableTaskFrameworkOptions Options { get; }

    internal AzureStorageOrchestrationService Service { get; }

    /// <inheritdoc />
    public void Dispose() => Service.Dispose();

    /// <summary>
    /// The hub's Blob, Queue and Table clients: from the connection string when there is one, else from
    /// <see cref="DurableTaskFrameworkOptions.StorageIdentity"/>'s endpoints and token credential.
    /// </summary>
    public static StorageAccountClientProvider CreateClientProvider(DurableTaskFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (options.StorageConnectionString.Length > 0)
        {
            return new StorageAccountClientProvider(options.StorageConnectionString);
        }

        return options.StorageIdentity is { QueueServiceUri: { } queue, TableServiceUri: { } table } identity
            ? new StorageAccountClientProvider(identity.BlobServiceUri, queue, table, identity.Credential)
            : throw new InvalidOperationException(
                "The task hub has no storage: set a connection string or all three identity-based service URIs.");
    }

    private static AzureStorageOrchestrationServiceSettings CreateSettings(
        DurableTaskFrameworkOptions options, ILoggerFactory loggerFactory) => new()
    {
        StorageAccountClientProvider = CreateClientProvider(options),
        TaskHubName = options.TaskHubName,
        WorkerId = options.WorkerId,
        PartitionCount = options.PartitionCount,
        MaxQueuePollingInterval = options.MaxQueuePollingInterval,
        MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivities,
        MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestrations,
        ControlQueueVisibilityTimeout = options.MessageVisibilityTimeout,
        WorkItemQueueVisibilityTimeout = options.MessageVisibilityTimeout,

        // Without it, creating an instance whose id exists silently does nothing (or restarts it without dedupe
        // statuses); with it, the gateway gets OrchestrationAlreadyExistsException and can answer "not created".
        ThrowExceptionOnInvalidDedupeStatus = true,
        LoggerFactory = loggerFactory,
    };
}
