using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Runs;
using ServerlessJobs.Runs.Commands;
using ServerlessJobs.Runtimes;

namespace ServerlessJobs.Orchestration;

/// <summary>
/// Starts one attempt of a run and returns at once: records it in this host's ledger, launches the workload, marks the
/// run running, and arranges for the workload's exit to be raised to the run's orchestration. Safe to repeat: an
/// attempt that was already launched is not launched again.
/// </summary>
public sealed partial class LaunchAttemptActivity(
    JobRunStore store, IJobRuntime runtime, IOrchestrationGateway gateway, ProcessLedger ledger, HostIdentity host,
    TimeProvider time, ILogger<LaunchAttemptActivity> logger) : TaskActivity<AttemptRequest, LaunchResult>
{
    public override async Task<LaunchResult> RunAsync(TaskActivityContext context, AttemptRequest input)
    {
        var document = await store.GetAsync(input.ProjectId, input.RunId, CancellationToken.None);
        if (Precheck(document, input.Attempt) is { } early)
        {
            return early;
        }

        AttemptLaunch? launch;
        try
        {
            launch = Plan(document!, input.Attempt);
        }
        catch (FormatException exception)
        {
            return new LaunchResult(LaunchKind.InvalidRequest, "the command cannot be split into words: " + exception.Message);
        }

        if (launch is null)
        {
            return new LaunchResult(LaunchKind.InvalidRequest, "nothing to run: give startup_command, command or args");
        }

        var entry = ledger.NewEntry(input.ProjectId, input.RunId, input.Attempt);
        await ledger.AddAsync(entry, CancellationToken.None);
        RunningAttempt running;
        try
        {
            running = await runtime.LaunchAsync(launch, CancellationToken.None);
        }
        catch (AttemptLaunchException exception)
        {
            await ledger.RemoveAsync(input.RunId, input.Attempt, CancellationToken.None);
            var tried = new AttemptPlacement(input.Attempt, host.HostId, host.BootId, null, null);
            await store.UpdateAsync(input.ProjectId, input.RunId,
                d => JobRunTransitions.Launched(d, tried, time.GetUtcNow()), CancellationToken.None);
            LogLaunchFailed(logger, input.RunId, input.Attempt, exception.Message);
            return new LaunchResult(LaunchKind.Failed, exception.Message);
        }

        await ledger.AddAsync(entry with { ProcessId = running.ProcessId, ProcessStartedAt = running.StartedAt }, CancellationToken.None);
        var placement = new AttemptPlacement(input.Attempt, host.HostId, host.BootId, running.ProcessId, running.StartedAt);
        await store.UpdateAsync(input.ProjectId, input.RunId,
            d => JobRunTransitions.Launched(d, placement, time.GetUtcNow()), CancellationToken.None);
        _ = ReportExitAsync(running);

        LogLaunched(logger, input.RunId, document!.Run.JobDefinitionId, input.Attempt, running.ProcessId);
        return new LaunchResult(LaunchKind.Launched);
    }

    private static LaunchResult? Precheck(JobRunDocument? document, int attempt) => document switch
    {
        null => new LaunchResult(LaunchKind.RunAlreadyOver, "the run no longer exists"),
        { Run.State: var state } when JobRunTransitions.IsTerminal(state) => new LaunchResult(LaunchKind.RunAlreadyOver),
        { StopRequestedAt: not null } => new LaunchResult(LaunchKind.StopRequested),

        // A repeated activity (its host died before it could answer) must not start a second workload.
        { Placement.Attempt: var launched } when launched >= attempt => new LaunchResult(LaunchKind.Launched),
        _ => null,
    };

    private static AttemptLaunch? Plan(JobRunDocument document, int attempt)
    {
        var run = document.Run;
        var environment = RunEnvironment.Build(new RunEnvironmentInput(
            run.Id, run.JobDefinitionId, run.ProjectId!, run.OrganizationId!, run.Region, run.CpuLimit, run.MemoryLimit,
            run.ReplicaIndex ?? 0, attempt, run.EnvironmentVariables, null)
        {
            ScheduledFor = run.ScheduledFor,
            TriggerId = run.TriggerId,
        });
        var argv = RunCommandBuilder.Build(run.StartupCommand, run.Args, document.Command, environment);
        return argv is null
            ? null
            : new AttemptLaunch(new AttemptKey(run.ProjectId!, run.Id, attempt), argv, environment, run.MemoryLimit,
                document.AttemptTimeout);
    }

    // Raises the exit to the orchestration once the workload ends, then forgets the ledger entry.
    private async Task ReportExitAsync(RunningAttempt running)
    {
        var exit = await running.Exited;
        var key = running.Key;
        LogExited(logger, key.RunId, key.Attempt, exit.End, exit.ExitCode);
        try
        {
            await gateway.RaiseEventAsync(key.RunId, OrchestrationNames.AttemptExitedEvent(key.Attempt), exit, CancellationToken.None);
            await ledger.RemoveAsync(key.RunId, key.Attempt, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The ledger entry stays: the next start of this host reports the attempt as lost instead.
            LogReportFailed(logger, exception, key.RunId, key.Attempt);
        }
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information,
        Message = "Job run {RunId} of job definition {JobDefinitionId}: attempt {Attempt} started (pid {ProcessId})")]
    private static partial void LogLaunched(ILogger logger, string runId, string jobDefinitionId, int attempt, int? processId);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning,
        Message = "Job run {RunId}: attempt {Attempt} could not start: {Reason}")]
    private static partial void LogLaunchFailed(ILogger logger, string runId, int attempt, string reason);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Information,
        Message = "Job run {RunId}: attempt {Attempt} ended ({End}, exit code {ExitCode})")]
    private static partial void LogExited(ILogger logger, string runId, int attempt, AttemptEnd end, int? exitCode);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Error,
        Message = "Job run {RunId}: the end of attempt {Attempt} could not be reported; it will be reported lost")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string runId, int attempt);
}
