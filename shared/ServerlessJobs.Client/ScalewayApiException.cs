using System.Net;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Client;

/// <summary>
/// An error answer of the API in Scaleway's shape: the status code and the parsed error body, e.g.
/// <c>not_found</c> with the resource and its id, or <c>invalid_arguments</c> with one detail per argument.
/// </summary>
public sealed class ScalewayApiException : Exception
{
    /// <summary>The <see cref="Type"/> given to an error answer whose body is not a Scaleway error.</summary>
    public const string UnknownErrorType = "unknown_error";

    /// <summary>Wraps an error body received with <paramref name="statusCode"/>.</summary>
    public ScalewayApiException(HttpStatusCode statusCode, ScalewayErrorBody error)
        : base(Describe(statusCode, error))
    {
        ArgumentNullException.ThrowIfNull(error);
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>The HTTP status code of the answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The error body as sent; <see cref="ScalewayErrorBody.Message"/> is the server's own text.</summary>
    public ScalewayErrorBody Error { get; }

    /// <summary>invalid_arguments, not_found, denied_authentication, permissions_denied, ...</summary>
    public string Type => Error.Type;

    /// <summary>For invalid_arguments, one item per wrong argument; empty when the error has none.</summary>
    public IReadOnlyList<ScalewayErrorDetail> Details => Error.Details ?? [];

    /// <summary>For not_found and some others, the kind of resource, e.g. <c>job_definition</c>.</summary>
    public string? Resource => Error.Resource;

    /// <summary>For not_found and some others, the id of the resource.</summary>
    public string? ResourceId => Error.ResourceId;

    private static string Describe(HttpStatusCode statusCode, ScalewayErrorBody error)
    {
        var text = $"{error.Type} ({(int)statusCode}): {error.Message}";
        if (error.ResourceId is not null)
        {
            text += $" [{error.Resource} {error.ResourceId}]";
        }

        foreach (var detail in error.Details ?? [])
        {
            if (detail.ArgumentName is not null)
            {
                text += $"; {detail.ArgumentName}: {detail.Reason} ({detail.HelpMessage})";
            }
        }

        return text;
    }
}
