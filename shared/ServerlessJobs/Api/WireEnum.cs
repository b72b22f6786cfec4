using System.Text.Json;
using ServerlessJobs.Client;

namespace ServerlessJobs.Api;

/// <summary>Enum values spelled as on the wire (<c>exited_with_error</c>), for query strings and blob metadata.</summary>
public static class WireEnum
{
    /// <summary>The wire spelling of a value.</summary>
    public static string Format<T>(T value)
        where T : struct, Enum => JsonSerializer.Serialize(value, ScalewayJson.Options).Trim('"');

    /// <summary>Parses a wire spelling; false for anything else, numbers included.</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrEmpty(text) || text.Contains('"') || text.Contains('\\'))
        {
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize<T>($"\"{text}\"", ScalewayJson.Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
