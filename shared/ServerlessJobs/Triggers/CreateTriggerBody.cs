using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Triggers;

/// <summary>
/// The body of <c>POST /triggers</c> as the server reads it: every field optional, so that a missing one is answered
/// with a <c>required</c> error naming it rather than a deserialization failure.
/// </summary>
public sealed record CreateTriggerBody
{
    /// <summary>The definition the trigger starts, in the caller's project.</summary>
    public string? JobDefinitionId { get; init; }

    /// <summary>The trigger's name; generated when omitted.</summary>
    public string? Name { get; init; }

    /// <summary>When to start the definition, and with which startup_command and args.</summary>
    public UpdateTriggerCronConfig? CronConfig { get; init; }
}
