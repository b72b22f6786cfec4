using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Api;

/// <summary>Reads request bodies within a size limit and explains JSON errors in Scaleway's terms.</summary>
internal static class RequestBody
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>A body that is not JSON at all.</summary>
    public static ScalewayException NotJson(JsonException exception) =>
        ScalewayException.InvalidArgument("body", "format", "the body is not valid JSON: " + FirstSentence(exception));

    /// <summary>Turns a deserialization failure into invalid_arguments naming the JSON path that failed.</summary>
    public static ScalewayException ToInvalidArguments(JsonException exception)
    {
        var path = exception.Path is null or "$" ? "body" : exception.Path.TrimStart('$', '.');
        var help = FirstSentence(exception).StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? "wrong JSON type or value out of range for this field" // the framework's text names .NET types
            : FirstSentence(exception);
        return ScalewayException.InvalidArgument(path, "format", help);
    }

    private static string FirstSentence(JsonException exception) => exception.Message.Split(" Path:")[0];

    private static ScalewayException TooLarge(int limit) =>
        new(413, new ScalewayErrorBody
        {
            Type = "invalid_arguments",
            Message = $"request body is larger than {limit} bytes",
            Details = [new ScalewayErrorDetail
            {
                ArgumentName = "body", Reason = "constraint", HelpMessage = $"send at most {limit} bytes",
            }],
        });
}
