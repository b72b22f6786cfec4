using ServerlessJobs.Client.Models;
using V1 = ServerlessJobs.V1Alpha1.Models;

namespace ServerlessJobs.V1Alpha1;

/// <summary>
/// The one table that turns the engine's run states (v1alpha2's, with the reason) into v1alpha1's, for showing runs
/// and for filtering lists by a v1alpha1 state. docs/v1alpha1.md explains each row.
/// </summary>
public static class RunStates
{
    /// <summary>The v1alpha1 state of a run in <paramref name="state"/> for <paramref name="reason"/>.</summary>
    public static V1.JobRunState ToV1Alpha1(JobRunState state, JobRunReason? reason) => state switch
    {
        JobRunState.Initialized or JobRunState.Validated or JobRunState.Queued => V1.JobRunState.Queued,
        JobRunState.Retrying => V1.JobRunState.Scheduled,
        JobRunState.Running or JobRunState.Interrupting => V1.JobRunState.Running,
        JobRunState.Succeeded => V1.JobRunState.Succeeded,
        JobRunState.Failed when reason == JobRunReason.TechnicalError => V1.JobRunState.InternalError,
        JobRunState.Failed => V1.JobRunState.Failed,
        JobRunState.Interrupted => V1.JobRunState.Canceled,
        _ => V1.JobRunState.UnknownState,
    };

    /// <summary>A list filter: runs whose v1alpha1 state is in <paramref name="wanted"/>; null when empty.</summary>
    public static Func<JobRunState, JobRunReason?, bool>? Filter(IReadOnlySet<V1.JobRunState> wanted) =>
        wanted.Count == 0 ? null : (state, reason) => wanted.Contains(ToV1Alpha1(state, reason));
}
