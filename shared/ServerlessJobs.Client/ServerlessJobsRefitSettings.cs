using Refit;

namespace ServerlessJobs.Client;

/// <summary>
/// The Refit settings of <see cref="IServerlessJobsApi"/>, for use without dependency injection:
/// <c>RestService.ForGenerated&lt;IServerlessJobsApi&gt;(httpClient, ServerlessJobsRefitSettings.Create())</c>.
/// </summary>
public static class ServerlessJobsRefitSettings
{
    /// <summary>
    /// New settings: Scaleway's JSON (<see cref="ScalewayJson.Options"/>), snake_case enums in queries, buffered
    /// bodies (a Content-Length, and safe to resend) and errors as <see cref="ScalewayApiException"/>.
    /// </summary>
    public static RefitSettings Create() =>
        new(new SystemTextJsonContentSerializer(ScalewayJson.Options), new ScalewayUrlParameterFormatter())
        {
            Buffered = true,
            ExceptionFactory = ScalewayErrorParser.CreateExceptionAsync,
        };
}
