using System.Text.Json.Serialization;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Scheduling;

/// <summary>
/// One thing that fires on a cron schedule: a job definition's own <c>cron_schedule</c>, or one of its triggers'
/// <c>cron_config</c>. Its <see cref="Name"/> prefixes the start keys of its runs.
/// </summary>
/// <param name="ProjectId">The project of the definition (and trigger).</param>
/// <param name="JobDefinitionId">The definition that is started.</param>
/// <param name="TriggerId">The trigger, or <see langword="null"/> for the definition's own schedule.</param>
public sealed record ScheduleSource(string ProjectId, string JobDefinitionId, string? TriggerId)
{
    /// <summary><c>definition-{id}</c> or <c>trigger-{id}</c>.</summary>
    [JsonIgnore]
    public string Name => TriggerId is null ? $"definition-{JobDefinitionId}" : $"trigger-{TriggerId}";

    /// <summary>The definition's own cron_schedule.</summary>
    public static ScheduleSource ForDefinition(JobDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new ScheduleSource(definition.ProjectId, definition.Id, null);
    }

    /// <summary>A trigger of a definition of <paramref name="projectId"/>.</summary>
    public static ScheduleSource ForTrigger(string projectId, Trigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return new ScheduleSource(projectId, trigger.JobDefinitionId, trigger.Id);
    }
}
