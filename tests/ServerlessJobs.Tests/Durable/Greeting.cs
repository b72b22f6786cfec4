using System.Text.Json.Serialization;

namespace ServerlessJobs.Tests.Durable;

/// <summary>A toy orchestration input mixing a snake_case wire name with a plain PascalCase property.</summary>
public sealed record Greeting([property: JsonPropertyName("person_name")] string PersonName, int Repeat);
