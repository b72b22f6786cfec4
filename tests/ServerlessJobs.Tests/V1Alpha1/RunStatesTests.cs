using ServerlessJobs.Client.Models;
using ServerlessJobs.V1Alpha1;
using V1 = ServerlessJobs.V1Alpha1.Models;

namespace ServerlessJobs.Tests.V1Alpha1;

/// <summary>The state table of docs/v1alpha1.md, row by row, and the list filter built on it.</summary>
public sealed class RunStatesTests
{
    [Theory]
    [InlineData(JobRunState.Initialized, null, V1.JobRunState.Queued)]
    [InlineData(JobRunState.Validated, null, V1.JobRunState.Queued)]
    [InlineData(JobRunState.Queued, null, V1.JobRunState.Queued)]
    [InlineData(JobRunState.Retrying, JobRunReason.ExitedWithError, V1.JobRunState.Scheduled)]
    [InlineData(JobRunState.Running, null, V1.JobRunState.Running)]
    [InlineData(JobRunState.Interrupting, null, V1.JobRunState.Running)]
    [InlineData(JobRunState.Succeeded, null, V1.JobRunState.Succeeded)]
    [InlineData(JobRunState.Failed, JobRunReason.ExitedWithError, V1.JobRunState.Failed)]
    [InlineData(JobRunState.Failed, JobRunReason.Timeout, V1.JobRunState.Failed)]
    [InlineData(JobRunState.Failed, JobRunReason.InvalidRequest, V1.JobRunState.Failed)]
    [InlineData(JobRunState.Failed, JobRunReason.TechnicalError, V1.JobRunState.InternalError)]
    [InlineData(JobRunState.Interrupted, JobRunReason.Cancellation, V1.JobRunState.Canceled)]
    [InlineData(JobRunState.UnknownState, null, V1.JobRunState.UnknownState)]
    public void ToV1Alpha1_EachEngineState_MapsPerTable(
        JobRunState state, JobRunReason? reason, V1.JobRunState expected)
    {
        var mapped = RunStates.ToV1Alpha1(state, reason);

        Assert.Equal(expected, mapped);
    }

    [Fact]
    public void ToV1Alpha1_EveryEngineState_HasARow()
    {
        var unmapped = Enum.GetValues<JobRunState>()
            .Where(s => s != JobRunState.UnknownState && RunStates.ToV1Alpha1(s, null) == V1.JobRunState.UnknownState);

        Assert.Empty(unmapped);
    }

    [Fact]
    public void Filter_Failed_KeepsUserFailuresAndLeavesTechnicalErrorsToInternalError()
    {
        var failed = RunStates.Filter(new HashSet<V1.JobRunState> { V1.JobRunState.Failed })!;
        var internalError = RunStates.Filter(new HashSet<V1.JobRunState> { V1.JobRunState.InternalError })!;

        Assert.True(failed(JobRunState.Failed, JobRunReason.ExitedWithError));
        Assert.False(failed(JobRunState.Failed, JobRunReason.TechnicalError));
        Assert.True(internalError(JobRunState.Failed, JobRunReason.TechnicalError));
        Assert.False(internalError(JobRunState.Succeeded, null));
    }

    [Fact]
    public void Filter_NoStates_IsNoFilter()
    {
        var filter = RunStates.Filter(new HashSet<V1.JobRunState>());

        Assert.Null(filter);
    }
}
