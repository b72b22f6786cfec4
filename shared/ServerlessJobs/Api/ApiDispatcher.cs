using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerlessJobs.Auth;
using ServerlessJobs.Client;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Api;

/// <summary>
/// The edge both hosts share: authenticates, checks the region, runs the route's handler and turns every failure
/// into a Scaleway error body, so no request ever sees a stack trace or a bare 500.
/// </summary>
public sealed partial class ApiDispatcher(
    ApiKeyAuthenticator authenticator, IOptions<RegionOptions> regions, ILogger<ApiDispatcher> logger)
{
    /// <summary>
    /// Serves <paramref name="route"/> for the request in <paramref name="http"/>, whose route values the host
    /// matched (ASP.NET Core routing in the self-host, the trigger's binding data in the Functions app).
    /// </summary>
    public async Task<IResult> DispatchAsync(
        ApiRoute route, HttpContext http, IReadOnlyDictionary<string, string> routeValues)
    {
        try
        {
            var caller = authenticator.Authenticate(http.Request.Headers[ApiKeyAuthenticator.HeaderName]);
            var region = routeValues.GetValueOrDefault("region") ?? "";
            if (!regions.Value.Effective.Contains(region, StringComparer.Ordinal))
            {
                throw ScalewayException.InvalidArgument(
                    "region", "constraint", "unknown region: use one of " + string.Join(", ", regions.Value.Effective));
            }

            return await route.Handler(new ApiCall(http, routeValues, caller, region));
        }
        catch (ScalewayException exception)
        {
            return Error(exception.StatusCode, exception.Body);
        }
        catch (BadHttpRequestException exception)
        {
            return Error(exception.StatusCode, new ScalewayErrorBody { Type = "invalid_request", Message = exception.Message });
        }
        catch (RequestFailedException exception)
        {
            LogStorageFailed(logger, exception, route.Name, exception.Status, exception.ErrorCode);
            return Error(503, new ScalewayErrorBody
            {
                Type = "service_unavailable", Message = "storage is unavailable at the moment: try again",
            });
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return Results.Empty;
        }
        catch (Exception exception)
        {
            LogUnexpected(logger, exception, route.Name);
            return Error(500, new ScalewayErrorBody { Type = "internal_error", Message = "an internal error occurred" });
        }
    }

    /// <summary>
    /// A JSON answer in Scaleway's conventions, typed <c>application/json</c> without a charset as Scaleway's is: the
    /// official TypeScript SDK parses a body only under that exact content type.
    /// </summary>
    public static IResult Json<T>(T value, int statusCode = 200) =>
        Results.Json(value, ScalewayJson.Options, "application/json", statusCode);

    private static IResult Error(int statusCode, ScalewayErrorBody body) => Json(body, statusCode);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Storage failed while serving {Route}: {Status} {ErrorCode}")]
    private static partial void LogStorageFailed(
        ILogger logger, Exception exception, string route, int status, string? errorCode);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Unexpected failure while serving {Route}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string route);
}
