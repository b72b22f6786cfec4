namespace ServerlessJobs.Client.Models;

/// <summary>Where a job run is in its life, as Scaleway names it.</summary>
public enum JobRunState
{
    UnknownState,
    Initialized,
    Validated,
    Queued,
    Running,
    Succeeded,
    Failed,
    Interrupting,
    Interrupted,
    Retrying,
}
