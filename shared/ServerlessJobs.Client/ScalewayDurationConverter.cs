using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServerlessJobs.Client;

/// <summary>Reads and writes durations the way Scaleway does: seconds with an <c>s</c> suffix, e.g. <c>"12.345s"</c>.</summary>
public sealed class ScalewayDurationConverter : JsonConverter<TimeSpan>
{
    /// <summary>Parses <c>"86400s"</c> or <c>"0.5s"</c>; anything else is a format error.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (text is null || text.Length < 2 || text[^1] != 's')
        {
            return false;
        }

        if (!decimal.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var seconds) || seconds > (decimal)TimeSpan.MaxValue.TotalSeconds)
        {
            return false;
        }

        duration = TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    /// <summary>Formats a duration as whole or fractional seconds, e.g. <c>"2s"</c> or <c>"12.345s"</c>.</summary>
    public static string Format(TimeSpan duration) =>
        ((decimal)duration.Ticks / TimeSpan.TicksPerSecond).ToString("0.#########", CultureInfo.InvariantCulture) + "s";

    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !TryParse(reader.GetString(), out var duration))
        {
            throw new JsonException("expected a duration in seconds such as \"3600s\"");
        }

        return duration;
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));
}
