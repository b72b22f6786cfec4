using CoreDataConverter = DurableTask.Core.Serializing.DataConverter;
using SdkDataConverter = Microsoft.DurableTask.DataConverter;

namespace ServerlessJobs.Server.Durable;

/// <summary>
/// Lets the framework's <c>TaskHubClient</c> write inputs and event payloads with the same System.Text.Json
/// converter the SDK shims read them with. The client's own default is Newtonsoft, which ignores
/// <c>[JsonPropertyName]</c> and adds <c>$type</c>, so snake_case records would not round-trip.
/// </summary>
internal sealed class SystemTextJsonDataConverter : CoreDataConverter
{
    private readonly SdkDataConverter _inner;

    public SystemTextJsonDataConverter(SdkDataConverter inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    // A null input stays null (not "null"), which is what the shims hand to an orchestrator as "no input".
    public override string? Serialize(object? value) => _inner.Serialize(value);

    // Indentation only helps a human reading history; one format keeps payloads byte-identical.
    public override string? Serialize(object? value, bool formatted) => Serialize(value);

    public override object? Deserialize(string? data, Type objectType) => _inner.Deserialize(data, objectType);
}
