using System.ComponentModel.DataAnnotations;

namespace ServerlessJobs.Runtimes.Process;

/// <summary>Configuration section <c>Runtimes:Process</c>: how the process runtime watches its attempts.</summary>
public sealed class ProcessRuntimeOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Runtimes:Process";

    /// <summary>
    /// How often the memory of every attempt's process tree is measured against its memory_limit (default 250 ms).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan MemorySampleInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest time output waits before it is appended to the run log (default 500 ms).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan LogFlushInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Where each attempt gets its own empty working directory, deleted when it ends (default
    /// <c>serverlessjobs-runs</c> under the system's temporary directory).
    /// </summary>
    [Required]
    public string ScratchDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "serverlessjobs-runs");
}
