using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Triggers;

/// <summary>Builds triggers from create requests and applies update requests to them.</summary>
public static class TriggerChanges
{
    /// <summary>The trigger a create request describes; a missing cron_config stays missing for the rules.</summary>
    public static Trigger Create(CreateTriggerBody request, string id, string jobDefinitionId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);

        return new Trigger
        {
            Id = id,
            JobDefinitionId = jobDefinitionId,
            Name = string.IsNullOrEmpty(request.Name) ? GeneratedName() : request.Name,
            CreatedAt = now,
            UpdatedAt = now,
            CronConfig = request.CronConfig is { } config
                ? new TriggerCronConfig
                {
                    Schedule = config.Schedule ?? "",
                    Timezone = config.Timezone ?? "",
                    StartupCommand = config.StartupCommand ?? [],
                    Args = config.Args ?? [],
                }
                : null,
        };
    }

    /// <summary>The trigger with every field the update gives replaced, and the rest as it was.</summary>
    public static Trigger Apply(Trigger current, UpdateTriggerRequest update, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(update);

        return current with
        {
            Name = update.Name ?? current.Name,
            UpdatedAt = now,
            CronConfig = update.CronConfig is { } change ? Apply(current.CronConfig, change) : current.CronConfig,
        };
    }

    private static TriggerCronConfig Apply(TriggerCronConfig? current, UpdateTriggerCronConfig change) => new()
    {
        Schedule = change.Schedule ?? current?.Schedule ?? "",
        Timezone = change.Timezone ?? current?.Timezone ?? "",
        StartupCommand = change.StartupCommand ?? current?.StartupCommand ?? [],
        Args = change.Args ?? current?.Args ?? [],
    };

    private static string GeneratedName() => "trigger-" + Guid.NewGuid().ToString("N")[..12];
}
