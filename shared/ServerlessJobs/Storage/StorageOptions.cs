using System.ComponentModel.DataAnnotations;

namespace ServerlessJobs.Storage;

/// <summary>Configuration section <c>Storage</c>: where the engine keeps its documents.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Storage";

    /// <summary>
    /// Prefix of every blob container name (default <c>serverlessjobs</c>), so that several deployments or test runs
    /// can share one account. Lower-case letters, digits and dashes, 3 to 40 characters.
    /// </summary>
    [RegularExpression("^[a-z0-9][a-z0-9-]{2,39}$")]
    public string ContainerPrefix { get; set; } = "serverlessjobs";

    /// <summary>How many times a conditional update is tried again after losing a race (default 10).</summary>
    [Range(1, 100)]
    public int MaxUpdateAttempts { get; set; } = 10;
}
