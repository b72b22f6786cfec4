using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Api;

/// <summary>
/// A request that cannot be served, carrying the HTTP status and the Scaleway error body the caller gets.
/// Thrown anywhere in the engine; turned into a response by <see cref="ApiDispatcher"/>.
/// </summary>
public sealed class ScalewayException(int statusCode, ScalewayErrorBody body) : Exception(body.Message)
{
    /// <summary>The HTTP status code of the answer.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>The JSON body of the answer.</summary>
    public ScalewayErrorBody Body { get; } = body;

    /// <summary>400 invalid_arguments listing every wrong argument.</summary>
    public static ScalewayException InvalidArguments(IReadOnlyList<ScalewayErrorDetail> details) =>
        new(400, new ScalewayErrorBody { Type = "invalid_arguments", Message = "invalid argument(s)", Details = details });

    /// <summary>400 invalid_arguments for a single argument.</summary>
    public static ScalewayException InvalidArgument(string argumentName, string reason, string helpMessage) =>
        InvalidArguments([new ScalewayErrorDetail { ArgumentName = argumentName, Reason = reason, HelpMessage = helpMessage }]);

    /// <summary>404 not_found for a resource the caller cannot see.</summary>
    public static ScalewayException NotFound(string resource, string resourceId) =>
        new(404, new ScalewayErrorBody
        {
            Type = "not_found",
            Message = $"resource is not found",
            Resource = resource,
            ResourceId = resourceId,
        });

    /// <summary>401 denied_authentication: no token, or one no key matches.</summary>
    public static ScalewayException DeniedAuthentication(string message) =>
        new(401, new ScalewayErrorBody { Type = "denied_authentication", Message = message });

    /// <summary>403 permissions_denied: the caller's key may not act on that project.</summary>
    public static ScalewayException PermissionsDenied(string action, string resource) =>
        new(403, new ScalewayErrorBody
        {
            Type = "permissions_denied",
            Message = "insufficient permissions",
            Details = [new ScalewayErrorDetail { Action = action, Resource = resource }],
        });

    /// <summary>
    /// 403 precondition_failed: <paramref name="message"/> says what stands in the way, <paramref name="helpMessage"/>
    /// what to do, and <paramref name="precondition"/> names it as Scaleway does (<c>resource_still_in_use</c>).
    /// </summary>
    public static ScalewayException PreconditionFailed(string precondition, string message, string helpMessage) =>
        new(403, new ScalewayErrorBody
        {
            Type = "precondition_failed",
            Message = message,
            Precondition = precondition,
            HelpMessage = helpMessage,
        });

    /// <summary>409 transient_state: the resource is changing; try again later.</summary>
    public static ScalewayException TransientState(string resource, string resourceId, string state) =>
        new(409, new ScalewayErrorBody
        {
            Type = "transient_state",
            Message = $"resource is in a transient state: {state}",
            Resource = resource,
            ResourceId = resourceId,
        });

    /// <summary>403 quotas_exceeded: the request asks for more than a configured limit.</summary>
    public static ScalewayException QuotasExceeded(string message) =>
        new(403, new ScalewayErrorBody { Type = "quotas_exceeded", Message = message });
}
