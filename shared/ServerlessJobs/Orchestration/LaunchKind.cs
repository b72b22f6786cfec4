namespace ServerlessJobs.Orchestration;

/// <summary>The possible results of launching an attempt.</summary>
public enum LaunchKind
{
    /// <summary>The workload runs (or already ran for this attempt); its exit will be raised as an event.</summary>
    Launched,

    /// <summary>The run is already over (stopped while queued, or deleted); nothing more to do.</summary>
    RunAlreadyOver,

    /// <summary>A stop was asked for before this attempt could start.</summary>
    StopRequested,

    /// <summary>The run cannot be carried out as asked: nothing to execute, or a command string that cannot be split.</summary>
    InvalidRequest,

    /// <summary>The workload could not be started; the attempt failed with technical_error.</summary>
    Failed,
}
