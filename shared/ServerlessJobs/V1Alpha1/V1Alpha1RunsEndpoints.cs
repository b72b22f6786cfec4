using Microsoft.AspNetCore.Http;
using ServerlessJobs.Api;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Runs;
using V1 = ServerlessJobs.V1Alpha1.Models;

namespace ServerlessJobs.V1Alpha1;

/// <summary>
/// The v1alpha1 start and job run endpoints (list, get, stop), served by the v1alpha2 handlers with the requests and
/// answers translated and states mapped by <see cref="RunStates"/>.
/// </summary>
public sealed class V1Alpha1RunsEndpoints(JobRunsEndpoints runs)
{
    /// <summary><c>POST /job-definitions/{job_definition_id}/start</c>: one queued run per replica.</summary>
    public async Task<IResult> StartAsync(ApiCall call)
    {
        var request = JobRunMapping.ToV1Alpha2(await call.ReadBodyAsync<StartJobDefinitionRequest>());
        var started = await runs.StartAsync(call, request);
        return ApiDispatcher.Json(new V1.StartJobDefinitionResponse(JobRunMapping.ToV1Alpha1(started.JobRuns)));
    }

    /// <summary><c>GET /job-runs/{job_run_id}</c>.</summary>
    public async Task<IResult> GetAsync(ApiCall call) => Json((await runs.FindAsync(call)).Run);

    /// <summary>
    /// <c>GET /job-runs</c> filtered by definition, project, organization and v1alpha1 state(s), where
    /// <c>unknown_state</c> means no filter.
    /// </summary>
    public async Task<IResult> ListAsync(ApiCall call)
    {
        var page = await runs.ListAsync(call, errors =>
            new JobRunFilter(null, new HashSet<JobRunState>(), new HashSet<JobRunReason>(),
                RunStates.Filter(JobRunsEndpoints.States(call, V1.JobRunState.UnknownState, errors))));
        return ApiDispatcher.Json(new V1.ListJobRunsResponse(JobRunMapping.ToV1Alpha1(page.JobRuns), page.TotalCount));
    }

    /// <summary><c>POST /job-runs/{job_run_id}/stop</c>: a queued run is canceled at once, others later.</summary>
    public async Task<IResult> StopAsync(ApiCall call) => Json(await runs.StopRunAsync(call));

    private static IResult Json(JobRun run) => ApiDispatcher.Json(JobRunMapping.ToV1Alpha1(run));
}
