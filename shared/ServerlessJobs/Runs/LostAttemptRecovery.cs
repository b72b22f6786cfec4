using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerlessJobs.Orchestration;
using ServerlessJobs.Runtimes;
using ServerlessJobs.Runtimes.Process;

namespace ServerlessJobs.Runs;

/// <summary>
/// Once per host process, finds the workloads an earlier, dead process of this host launched: kills any that still
/// run (so no replica ever runs twice at once) and reports each attempt lost, which its orchestration retries per the
/// policy. The self-host runs it at start; the Functions app from its first cron tick, once it has a durable client.
/// </summary>
public sealed partial class LostAttemptRecovery(
    ProcessLedger ledger, IOrchestrationGateway gateway, HostIdentity host, TimeProvider time,
    ILogger<LostAttemptRecovery> logger) : IHostedService
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _done;

    public Task StartAsync(CancellationToken cancellationToken) => RecoverOnceAsync(cancellationToken);

    /// <summary>Recovers the lost attempts the first time it is called in this process; later calls do nothing.</summary>
    public async Task RecoverOnceAsync(CancellationToken cancellationToken)
    {
        await _once.WaitAsync(cancellationToken);
        try
        {
            if (!_done)
            {
                await RecoverAsync(cancellationToken);
                _done = true;
            }
        }
        finally
        {
            _once.Release();
        }
    }

    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in await ledger.ListAsync(cancellationToken))
        {
            if (entry.BootId == host.BootId || ProcessTree.IsAlive(entry.HostProcessId, entry.HostProcessStartedAt))
            {
                continue;
            }

            if (entry.ProcessId is { } pid && entry.ProcessStartedAt is { } started)
            {
                ProcessTree.KillIfSame(pid, started);
            }

            var exit = new AttemptExit(AttemptEnd.Lost, null, time.GetUtcNow(), "the host running the attempt went away");
            await gateway.RaiseEventAsync(entry.RunId, OrchestrationNames.AttemptExitedEvent(entry.Attempt), exit, cancellationToken);
            await ledger.RemoveAsync(entry.RunId, entry.Attempt, cancellationToken);
            LogRecovered(logger, entry.RunId, entry.Attempt, entry.ProcessId);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning,
        Message = "Job run {RunId}: attempt {Attempt} (pid {ProcessId}) was lost with its host; reported as technical_error")]
    private static partial void LogRecovered(ILogger logger, string runId, int attempt, int? processId);
}
