using System.Text.Json.Serialization;

namespace ServerlessJobs.Tests.Durable;

/// <summary>How long the toy waiting orchestrator waits for its event before its timer wins.</summary>
public sealed record WaitInput([property: JsonPropertyName("timeout_seconds")] double TimeoutSeconds);
