using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace ServerlessJobs.Runs;

/// <summary>Who this host process is: its stable host id, and a boot id and process identity new at every start.</summary>
public sealed class HostIdentity(IOptions<RunsOptions> options)
{
    /// <summary>The configured, stable id of the host.</summary>
    public string HostId { get; } = options.Value.HostId;

    /// <summary>An id new at every start of the process.</summary>
    public string BootId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>This host process's id.</summary>
    public int ProcessId { get; } = Environment.ProcessId;

    /// <summary>When this host process started, to tell it from a later process that reuses its id.</summary>
    public DateTimeOffset ProcessStartedAt { get; } = Process.GetCurrentProcess().StartTime.ToUniversalTime();
}
