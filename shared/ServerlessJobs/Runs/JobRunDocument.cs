using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Runs;

/// <summary>
/// A job run as stored: the <see cref="JobRun"/> clients see, plus what the engine needs to carry it out.
/// It is the queryable projection of the run's orchestration, written only through <see cref="JobRunTransitions"/>.
/// </summary>
public sealed record JobRunDocument
{
    /// <summary>The run as the API shows it.</summary>
    public required JobRun Run { get; init; }

    /// <summary>The most attempts the run may take: 1 + retry_policy.max_retries of its definition.</summary>
    public required int MaxAttempts { get; init; }

    /// <summary>The job_timeout of each attempt.</summary>
    public required TimeSpan AttemptTimeout { get; init; }

    /// <summary>The deprecated command string of the definition or start, split only when nothing else is given.</summary>
    public string? Command { get; init; }

    /// <summary>Where the current attempt was launched, for stopping it and for recovery after a host dies.</summary>
    public AttemptPlacement? Placement { get; init; }

    /// <summary>When a stop was asked for, if ever.</summary>
    public DateTimeOffset? StopRequestedAt { get; init; }
}
