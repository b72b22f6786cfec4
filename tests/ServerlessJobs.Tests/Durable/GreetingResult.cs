using System.Text.Json.Serialization;

namespace ServerlessJobs.Tests.Durable;

/// <summary>What the toy activity returns, again with one snake_case and one PascalCase property.</summary>
public sealed record GreetingResult(string Text, [property: JsonPropertyName("instance_id")] string InstanceId);
