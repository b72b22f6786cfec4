namespace ServerlessJobs.Client.Models;

/// <summary>The body of <c>POST /job-definitions/{id}/start</c>: overrides for this start only.</summary>
public sealed record StartJobDefinitionRequest
{
    public string? Command { get; init; }
    public IReadOnlyList<string>? StartupCommand { get; init; }
    public IReadOnlyList<string>? Args { get; init; }

    /// <summary>Merged over the definition's variables; a value given here wins.</summary>
    public IReadOnlyDictionary<string, string>? EnvironmentVariables { get; init; }

    /// <summary>How many job runs to start, one per replica (default 1).</summary>
    public uint? Replicas { get; init; }
}
