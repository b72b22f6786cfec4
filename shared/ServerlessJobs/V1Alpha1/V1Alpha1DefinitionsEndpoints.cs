using Microsoft.AspNetCore.Http;
using ServerlessJobs.Api;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Definitions;
using V1 = ServerlessJobs.V1Alpha1.Models;

namespace ServerlessJobs.V1Alpha1;

/// <summary>
/// The v1alpha1 job definition endpoints: create, get, list and update, served by the v1alpha2 handlers with the
/// requests and answers translated (delete is the v1alpha2 handler itself).
/// </summary>
public sealed class V1Alpha1DefinitionsEndpoints(JobDefinitionsEndpoints definitions)
{
    /// <summary><c>POST /job-definitions</c>.</summary>
    public async Task<IResult> CreateAsync(ApiCall call)
    {
        var request = JobDefinitionMapping.ToV1Alpha2(await call.ReadBodyAsync<CreateJobDefinitionRequest>());
        return Json(await definitions.CreateAsync(call, request));
    }

    /// <summary><c>GET /job-definitions/{job_definition_id}</c>.</summary>
    public async Task<IResult> GetAsync(ApiCall call) => Json(await definitions.FindAsync(call));

    /// <summary><c>GET /job-definitions</c> with page, page_size, order_by, project_id and organization_id.</summary>
    public async Task<IResult> ListAsync(ApiCall call)
    {
        var page = await definitions.ListPageAsync(call);
        var shown = page.JobDefinitions.Select(JobDefinitionMapping.ToV1Alpha1).ToArray();
        return ApiDispatcher.Json(new V1.ListJobDefinitionsResponse(shown, page.TotalCount));
    }

    /// <summary><c>PATCH /job-definitions/{job_definition_id}</c>: only the fields given change.</summary>
    public async Task<IResult> UpdateAsync(ApiCall call)
    {
        var update = JobDefinitionMapping.ToV1Alpha2(await call.ReadBodyAsync<UpdateJobDefinitionRequest>());
        return Json(await definitions.UpdateAsync(call, update));
    }

    private static IResult Json(JobDefinition definition) =>
        ApiDispatcher.Json(JobDefinitionMapping.ToV1Alpha1(definition));
}
