using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServerlessJobs.Client;

/// <summary>Writes timestamps as RFC 3339 in UTC with a <c>Z</c>, as Scaleway does; reads any RFC 3339 offset.</summary>
public sealed class ScalewayTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !DateTimeOffset.TryParse(reader.GetString(),
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            throw new JsonException("expected an RFC 3339 timestamp such as \"2026-01-31T08:00:00Z\"");
        }

        return value.ToUniversalTime();
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
