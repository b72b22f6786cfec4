using System.Text;
using System.Text.Json;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Client;

/// <summary>Turns an unsuccessful answer into a <see cref="ScalewayApiException"/> (Refit's exception factory).
/// </summary>
internal static class ScalewayErrorParser
{
    // An error body is a few hundred bytes; reading more than this only happens with a broken proxy page.
    private const int MaxBodyBytes = 64 * 1024;

    /// <summary>The exception for <paramref name="response"/>, or <see langword="null"/> when it succeeded.</summary>
    public static async ValueTask<Exception?> CreateExceptionAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var text = await ReadAsync(response.Content);
        return new ScalewayApiException(response.StatusCode, Parse(text) ?? Unknown(response, text));
    }

    /// <summary>The Scaleway error in <paramref name="text"/>, or <see langword="null"/> when it holds none.</summary>
    public static ScalewayErrorBody? Parse(string text)
    {
        try
        {
            var body = JsonSerializer.Deserialize<ScalewayErrorBody>(text, ScalewayJson.Options);
            return string.IsNullOrEmpty(body?.Type) ? null : body;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ScalewayErrorBody Unknown(HttpResponseMessage response, string text)
    {
        var excerpt = text.Length > 500 ? text[..500] + "..." : text;
        return new ScalewayErrorBody
        {
            Type = ScalewayApiException.UnknownErrorType,
            Message = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {excerpt}".TrimEnd(' ', ':'),
        };
    }

    private static async Task<string> ReadAsync(HttpContent content)
    {
        await using var stream = await content.ReadAsStreamAsync();
        var buffer = new byte[MaxBodyBytes];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length))) > 0)
        {
            length += read;
        }

        return Encoding.UTF8.GetString(buffer, 0, length);
    }
}
