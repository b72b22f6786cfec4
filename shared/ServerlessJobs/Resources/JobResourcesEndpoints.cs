using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using ServerlessJobs.Api;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Resources;

/// <summary><c>GET /job-resources</c> and <c>GET /job-limits</c>: what a job may ask for here.</summary>
public sealed class JobResourcesEndpoints(IOptions<JobsOptions> options)
{
    private const ulong MiB = 1024 * 1024;

    /// <summary>Scaleway's offered sizes: vCPU in thousandths paired with memory.</summary>
    public static IReadOnlyList<JobResource> Offered { get; } =
    [
        new(70, 128 * MiB), new(140, 256 * MiB), new(280, 512 * MiB), new(560, 1024 * MiB),
        new(1120, 2048 * MiB), new(2240, 4096 * MiB), new(4480, 8192 * MiB), new(8960, 16384 * MiB),
    ];

    /// <summary>The resource sizes a job definition can ask for.</summary>
    public Task<IResult> ListResourcesAsync(ApiCall call) =>
        Task.FromResult(ApiDispatcher.Json(new ListJobResourcesResponse(Offered)));

    /// <summary>The limits that apply to job definitions.</summary>
    public Task<IResult> GetLimitsAsync(ApiCall call) =>
        Task.FromResult(ApiDispatcher.Json(new JobLimits((uint)options.Value.SecretsPerJobDefinition)));
}
