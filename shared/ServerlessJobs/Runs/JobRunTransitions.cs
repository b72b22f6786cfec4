using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Runs;

/// <summary>
/// The only ways a stored run changes. Each returns <see langword="null"/> when the change no longer applies, so a run
/// never moves backwards: a terminal state is final, and nothing from an older attempt overwrites a newer one.
/// </summary>
public static class JobRunTransitions
{
    /// <summary>Whether a state is final.</summary>
    public static bool IsTerminal(JobRunState state) =>
        state is JobRunState.Succeeded or JobRunState.Failed or JobRunState.Interrupted;

    /// <summary>Whether a run in this state still holds, or may soon hold, a workload.</summary>
    public static bool IsActive(JobRunState state) => !IsTerminal(state);

    /// <summary>An attempt has started on a host.</summary>
    public static JobRunDocument? Launched(JobRunDocument document, AttemptPlacement placement, DateTimeOffset now)
    {
        var run = document.Run;
        if (IsTerminal(run.State) || document.Placement?.Attempt >= placement.Attempt)
        {
            return null;
        }

        var state = run.State == JobRunState.Interrupting ? JobRunState.Interrupting : JobRunState.Running;
        return document with
        {
            Placement = placement,
            Run = run with
            {
                State = state,
                Attempts = (uint)placement.Attempt,
                StartedAt = run.StartedAt ?? now,
                UpdatedAt = now,
                Reason = null,
                ExitCode = null,
                ErrorMessage = null,
            },
        };
    }

    /// <summary>An attempt failed and another one will follow.</summary>
    public static JobRunDocument? Retrying(JobRunDocument document, RunOutcome outcome, DateTimeOffset now)
    {
        var run = document.Run;
        if (IsTerminal(run.State) || run.State == JobRunState.Interrupting || run.Attempts > (uint)outcome.Attempt)
        {
            return null;
        }

        return document with
        {
            Run = run with
            {
                State = JobRunState.Retrying,
                Reason = outcome.Reason,
                ExitCode = outcome.ExitCode,
                ErrorMessage = outcome.Message,
                UpdatedAt = now,
            },
        };
    }

    /// <summary>The run is over: succeeded, failed or interrupted.</summary>
    public static JobRunDocument? Finished(JobRunDocument document, RunOutcome outcome, DateTimeOffset now)
    {
        var run = document.Run;
        if (IsTerminal(run.State))
        {
            return null;
        }

        return document with
        {
            Run = run with
            {
                State = outcome.State,
                Reason = outcome.Reason,
                ExitCode = outcome.ExitCode,
                ErrorMessage = outcome.Message,
                TerminatedAt = now,
                RunDuration = run.StartedAt is { } started ? now - started : null,
                UpdatedAt = now,
            },
        };
    }

    /// <summary>
    /// A stop was asked for: a queued run is interrupted at once and never starts; a running or retrying one becomes
    /// interrupting until its orchestration has killed the workload.
    /// </summary>
    public static JobRunDocument? StopRequested(JobRunDocument document, DateTimeOffset now)
    {
        var run = document.Run;
        if (IsTerminal(run.State) || document.StopRequestedAt is not null)
        {
            return null;
        }

        if (run.State == JobRunState.Queued)
        {
            var stopped = Finished(document, RunOutcome.Interrupted(0, "stopped before it started"), now)!;
            return stopped with { StopRequestedAt = now };
        }

        return document with
        {
            StopRequestedAt = now,
            Run = run with { State = JobRunState.Interrupting, UpdatedAt = now },
        };
    }
}
