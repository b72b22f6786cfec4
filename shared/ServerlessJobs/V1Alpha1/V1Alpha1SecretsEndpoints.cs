using Microsoft.AspNetCore.Http;
using ServerlessJobs.Api;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.V1Alpha1;

/// <summary>The v1alpha1 secrets nested under job definitions.</summary>
/// <remarks>Known limitation: the engine has no secrets yet, so every secrets call gets 501 not_implemented.</remarks>
public sealed class V1Alpha1SecretsEndpoints
{
    /// <summary>Any <c>/job-definitions/{job_definition_id}/secrets</c> call: 501 in Scaleway's error shape.</summary>
    public Task<IResult> NotImplementedAsync(ApiCall call) =>
        throw new ScalewayException(StatusCodes.Status501NotImplemented, new ScalewayErrorBody
        {
            Type = "not_implemented",
            Message = "job definition secrets are not implemented by this server yet",
            Resource = "secret",
        });
}
