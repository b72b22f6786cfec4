using Microsoft.AspNetCore.Http;

namespace ServerlessJobs.Api;

/// <summary>Serves one authenticated, region-checked call and returns what to answer.</summary>
public delegate Task<IResult> ApiHandler(ApiCall call);
