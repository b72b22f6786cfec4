using ServerlessJobs.Client.Models;
using ServerlessJobs.Definitions;
using ServerlessJobs.Validation;
using CronSchedule = ServerlessJobs.Cron.CronSchedule;

namespace ServerlessJobs.Triggers;

/// <summary>The rules a trigger must satisfy as it would be stored.</summary>
public static class TriggerRules
{
    /// <summary>The longest trigger name accepted.</summary>
    public const int MaxNameLength = 255;

    /// <summary>Records every rule <paramref name="trigger"/> breaks.</summary>
    public static void Check(Trigger trigger, ArgumentErrors errors)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(errors);

        if (trigger.Name.Length == 0 || trigger.Name.Length > MaxNameLength || trigger.Name.Any(char.IsControl))
        {
            errors.Constraint("name", $"1 to {MaxNameLength} characters, none of them control characters");
        }

        if (trigger.CronConfig is not { } config)
        {
            errors.Required("cron_config", "give cron_config {schedule, timezone}");
            return;
        }

        if (!CronSchedule.TryParse(config.Schedule, config.Timezone, out _, out var error))
        {
            errors.Constraint($"cron_config.{error.Argument}", error.Message);
        }

        JobDefinitionRules.CheckCommand(null, config.StartupCommand, config.Args, "cron_config.", errors);
    }
}
