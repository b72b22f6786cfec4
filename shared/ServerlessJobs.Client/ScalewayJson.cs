using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServerlessJobs.Client;

/// <summary>The JSON conventions of Scaleway's APIs: snake_case names and enums, durations as <c>"86400s"</c>,
/// timestamps in UTC.</summary>
public static class ScalewayJson
{
    /// <summary>Shared, read-only serializer options for requests and responses.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            NumberHandling = JsonNumberHandling.Strict,
            Converters =
            {
                new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false),
                new ScalewayDurationConverter(),
                new ScalewayTimestampConverter(),
            },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
