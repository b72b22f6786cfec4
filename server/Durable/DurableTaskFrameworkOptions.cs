using System.ComponentModel.DataAnnotations;
using ServerlessJobs.Storage;

namespace ServerlessJobs.Server.Durable;

/// <summary>
/// How the self-host runs the engine's orchestrations on the Durable Task Framework over Azure Storage
/// (configuration section <c>DurableTask</c>). Defaults favour latency on a single host over storage cost.
/// </summary>
public sealed class DurableTaskFrameworkOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "DurableTask";

    /// <summary>
    /// Connection string of the storage account holding the task hub: the app's <c>AzureWebJobsStorage</c>.
    /// </summary>
    public string StorageConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// The task hub's account reached by identity (<c>AzureWebJobsStorage__accountName</c> or the three service
    /// URIs), used when <see cref="StorageConnectionString"/> is empty.
    /// </summary>
    public StorageIdentitySettings? StorageIdentity { get; set; }

    /// <summary>
    /// Name of the task hub: 3 to 45 letters and digits, starting with a letter. Default <c>ServerlessJobs</c>.
    /// </summary>
    /// <remarks>Hosts on one hub share its work: unrelated deployments on one account need distinct names.</remarks>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$",
        ErrorMessage = "TaskHubName must be 3 to 45 letters and digits and start with a letter.")]
    public string TaskHubName { get; set; } = "ServerlessJobs";

    /// <summary>
    /// Identity this host uses for partition leases. Default: the machine name.
    /// </summary>
    /// <remarks>Keep it stable across restarts: a new id waits about 30 s for the old id's leases to lapse.</remarks>
    [Required]
    [StringLength(256, MinimumLength = 1)]
    public string WorkerId { get; set; } = Environment.MachineName;

    /// <summary>
    /// Longest pause between polls of an empty control or work-item queue. Default 100 ms (the framework's is 30 s).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:30")]
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Activities run at once on this host. Default 100 (the framework's is 10).</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentActivities { get; set; } = 100;

    /// <summary>Orchestration work items run at once on this host. Default 100.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentOrchestrations { get; set; } = 100;

    /// <summary>Number of control-queue partitions, the unit of scale-out. Default 4, at most 16.</summary>
    /// <remarks>Fixed when the hub is first created; changing it later has no effect on an existing hub.</remarks>
    [Range(1, 16)]
    public int PartitionCount { get; set; } = 4;

    /// <summary>
    /// How long a dequeued message stays invisible before another poll may take it. Default 5 minutes.
    /// </summary>
    /// <remarks>
    /// Bounds how late a message held by a crashed host is redelivered. Locks are renewed 30 s before they
    /// lapse, hence the one-minute floor.
    /// </remarks>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long host shutdown waits for in-flight work items to finish and leases to be released. Default 20 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StorageConnectionString.Length > 0)
        {
            yield break;
        }

        if (StorageIdentity is null)
        {
            yield return new ValidationResult(
                $"Storage is not configured: set {StorageConnection.SettingName} to a connection string, or " +
                $"{StorageConnection.SettingName}__accountName to use the host's managed identity.",
                [nameof(StorageConnectionString)]);
        }
        else if (StorageIdentity.QueueServiceUri is null || StorageIdentity.TableServiceUri is null)
        {
            yield return new ValidationResult(
                $"The task hub needs queues and tables too: with {StorageConnection.SettingName}__blobServiceUri, " +
                "also set __queueServiceUri and __tableServiceUri (or set __accountName).",
                [nameof(StorageIdentity)]);
        }
    }
}
