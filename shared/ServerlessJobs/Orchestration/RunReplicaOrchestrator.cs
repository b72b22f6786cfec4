using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Runs;
using ServerlessJobs.Runtimes;

namespace ServerlessJobs.Orchestration;

/// <summary>
/// Carries out one job run (instance id = run id): launches up to <see cref="RunReplicaInput.MaxAttempts"/> attempts,
/// and for each waits on whichever comes first of the workload's exit, a stop, or the job timeout. Activities only
/// start, kill and record, so no work item is held for the length of a job.
/// </summary>
public sealed class RunReplicaOrchestrator : TaskOrchestrator<RunReplicaInput, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, RunReplicaInput input)
    {
        var log = context.CreateReplaySafeLogger<RunReplicaOrchestrator>();

        // One stop waiter for the whole run: an abandoned second waiter could swallow the event.
        var stop = context.WaitForExternalEvent<StopRequest>(OrchestrationNames.StopEvent);
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await RunAttemptAsync(context, input, attempt, stop);
            if (outcome is null)
            {
                return "over";
            }

            var final = outcome.IsFinal || attempt >= input.MaxAttempts;
            var recorded = final ? outcome : outcome with { State = JobRunState.Retrying };
            await context.CallActivityAsync(OrchestrationNames.RecordOutcome,
                new RecordOutcomeInput(input.ProjectId, input.RunId, recorded));
            Log.AttemptRecorded(log, input.RunId, attempt, recorded.State, recorded.Reason);
            if (final)
            {
                return recorded.State.ToString();
            }

            if (await StoppedDuringDelayAsync(context, input, stop))
            {
                var interrupted = RunOutcome.Interrupted(attempt, "stopped between attempts");
                await context.CallActivityAsync(OrchestrationNames.RecordOutcome,
                    new RecordOutcomeInput(input.ProjectId, input.RunId, interrupted));
                return interrupted.State.ToString();
            }
        }
    }

    // Returns null when the run was already over before this attempt could start.
    private static async Task<RunOutcome?> RunAttemptAsync(
        TaskOrchestrationContext context, RunReplicaInput input, int attempt, Task<StopRequest> stop)
    {
        var request = new AttemptRequest(input.ProjectId, input.RunId, attempt);
        var launch = await context.CallActivityAsync<LaunchResult>(OrchestrationNames.LaunchAttempt, request);
        return launch.Kind switch
        {
            LaunchKind.RunAlreadyOver => null,
            LaunchKind.StopRequested => RunOutcome.Interrupted(attempt, "stopped before the attempt started"),
            LaunchKind.InvalidRequest => RunOutcome.Failed(attempt, JobRunReason.InvalidRequest, null, launch.Message),
            LaunchKind.Failed => RunOutcome.Failed(attempt, JobRunReason.TechnicalError, null, launch.Message),
            _ => await WatchAsync(context, input, request, stop),
        };
    }

    private static async Task<RunOutcome> WatchAsync(
        TaskOrchestrationContext context, RunReplicaInput input, AttemptRequest attempt, Task<StopRequest> stop)
    {
        var exited = context.WaitForExternalEvent<AttemptExit>(OrchestrationNames.AttemptExitedEvent(attempt.Attempt));
        var deadline = context.CurrentUtcDateTime.AddSeconds(input.TimeoutSeconds);
        var first = await WhenAnyBeforeAsync(context, deadline, exited, stop);
        if (first == exited)
        {
            return FromExit(attempt.Attempt, exited.Result);
        }

        var confirmed = await KillAsync(context, input, attempt, exited);

        // Whichever happened first wins: a workload that had already exited before the stop or deadline keeps its result.
        var cutOff = first == stop ? stop.Result.RequestedAt : new DateTimeOffset(deadline, TimeSpan.Zero);
        if (confirmed is { End: not AttemptEnd.Killed } exit && exit.ExitedAt < cutOff)
        {
            return FromExit(attempt.Attempt, exit);
        }

        return first == stop
            ? RunOutcome.Interrupted(attempt.Attempt, "stopped on request")
            : RunOutcome.Failed(attempt.Attempt, JobRunReason.Timeout, null,
                $"the attempt ran longer than its job_timeout of {input.TimeoutSeconds}s");
    }

    // Kills the workload and waits, boundedly, for its exit to be reported; null when it never is.
    private static async Task<AttemptExit?> KillAsync(
        TaskOrchestrationContext context, RunReplicaInput input, AttemptRequest attempt, Task<AttemptExit> exited)
    {
        await context.CallActivityAsync(OrchestrationNames.KillAttempt, attempt);
        var patience = context.CurrentUtcDateTime.AddSeconds(input.KillConfirmationSeconds);
        return await WhenAnyBeforeAsync(context, patience, exited) == exited ? exited.Result : null;
    }

    private static async Task<bool> StoppedDuringDelayAsync(
        TaskOrchestrationContext context, RunReplicaInput input, Task<StopRequest> stop)
    {
        var resume = context.CurrentUtcDateTime.AddSeconds(input.RetryDelaySeconds);
        return await WhenAnyBeforeAsync(context, resume, stop) == stop;
    }

    // Whichever of the events happens first, or null when the deadline comes first. Azure Storage delays queue
    // messages in whole seconds, so a durable timer can fire up to a second early: an early one is set again.
    private static async Task<Task?> WhenAnyBeforeAsync(
        TaskOrchestrationContext context, DateTime deadline, params Task[] events)
    {
        using var cancellation = new CancellationTokenSource();
        do
        {
            var timer = context.CreateTimer(deadline, cancellation.Token);
            var first = await Task.WhenAny([.. events, timer]);
            if (first != timer)
            {
                cancellation.Cancel();
                return first;
            }
        }
        while (context.CurrentUtcDateTime < deadline);

        return null;
    }

    private static RunOutcome FromExit(int attempt, AttemptExit exit) => exit switch
    {
        { End: AttemptEnd.Exited, ExitCode: 0 } => RunOutcome.Succeeded(attempt),
        { End: AttemptEnd.Exited } => RunOutcome.Failed(attempt, JobRunReason.ExitedWithError, exit.ExitCode,
            $"the process exited with code {exit.ExitCode}"),
        { End: AttemptEnd.MemoryExceeded } => RunOutcome.Failed(attempt, JobRunReason.MemoryUsageExceeded, null,
            exit.Message ?? "the process used more memory than its memory_limit"),
        { End: AttemptEnd.Killed } => RunOutcome.Failed(attempt, JobRunReason.Timeout, null,
            exit.Message ?? "the process was killed at its job_timeout"),
        _ => RunOutcome.Failed(attempt, JobRunReason.TechnicalError, null,
            exit.Message ?? "the host running the attempt went away"),
    };
}
