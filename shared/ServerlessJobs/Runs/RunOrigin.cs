namespace ServerlessJobs.Runs;

/// <summary>
/// What started a run, kept on it as the extension fields <c>started_by</c>, <c>trigger_id</c> and
/// <c>scheduled_for</c>, and given to its process as SCW_SLS_TRIGGER_ID and SCW_SLS_SCHEDULED_FOR.
/// </summary>
/// <param name="StartedBy"><see cref="ApiKind"/>, <see cref="CronScheduleKind"/> or <see cref="TriggerKind"/>.</param>
/// <param name="TriggerId">The trigger whose cron_config started the run, if one did.</param>
/// <param name="ScheduledFor">The cron occurrence the run serves, for runs a schedule started.</param>
public sealed record RunOrigin(string StartedBy, string? TriggerId = null, DateTimeOffset? ScheduledFor = null)
{
    /// <summary>Started through <c>POST /job-definitions/{id}/start</c>.</summary>
    public const string ApiKind = "api";

    /// <summary>Started by the definition's own <c>cron_schedule</c>.</summary>
    public const string CronScheduleKind = "cron_schedule";

    /// <summary>Started by a trigger of the definition.</summary>
    public const string TriggerKind = "trigger";

    /// <summary>A start asked for through the API.</summary>
    public static RunOrigin Api { get; } = new(ApiKind);

    /// <summary>A start for one occurrence of the definition's cron_schedule.</summary>
    public static RunOrigin CronSchedule(DateTimeOffset occurrence) => new(CronScheduleKind, null, occurrence);

    /// <summary>A start for one occurrence of a trigger's cron_config.</summary>
    public static RunOrigin Trigger(string triggerId, DateTimeOffset occurrence) =>
        new(TriggerKind, triggerId, occurrence);
}
