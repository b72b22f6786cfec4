namespace ServerlessJobs.V1Alpha1.Models;

/// <summary>Where a job run is in its life, in v1alpha1's words; docs/v1alpha1.md maps the engine's states.</summary>
public enum JobRunState
{
    UnknownState,
    Queued,
    Scheduled,
    Running,
    Succeeded,
    Failed,
    Canceled,
    InternalError,
}
