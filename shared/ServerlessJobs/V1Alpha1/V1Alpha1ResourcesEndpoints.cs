using Microsoft.AspNetCore.Http;
using ServerlessJobs.Api;
using ServerlessJobs.Resources;
using V1 = ServerlessJobs.V1Alpha1.Models;

namespace ServerlessJobs.V1Alpha1;

/// <summary><c>GET /jobs-resources</c>: the offered sizes in v1alpha1's units (jobs-limits needs no change).</summary>
public sealed class V1Alpha1ResourcesEndpoints
{
    private const ulong MiB = 1024 * 1024;

    private static readonly V1.ListJobsResourcesResponse Resources = new(JobResourcesEndpoints.Offered
        .Select(size => new V1.Resource(size.ComputeLimitMvcpu, (uint)(size.MemoryLimitBytes / MiB)))
        .ToArray());

    /// <summary>The resource sizes a job definition can ask for.</summary>
    public Task<IResult> ListAsync(ApiCall call) => Task.FromResult(ApiDispatcher.Json(Resources));
}
