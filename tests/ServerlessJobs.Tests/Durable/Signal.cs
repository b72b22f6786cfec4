using System.Text.Json.Serialization;

namespace ServerlessJobs.Tests.Durable;

/// <summary>A toy external event payload.</summary>
public sealed record Signal([property: JsonPropertyName("exit_code")] int ExitCode, string Reason);
