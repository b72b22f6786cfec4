using System.Text.RegularExpressions;
using ServerlessJobs.Client.Models;
using ServerlessJobs.Runs.Commands;
using CronSchedule = ServerlessJobs.Cron.CronSchedule;
using ServerlessJobs.Validation;

namespace ServerlessJobs.Definitions;

/// <summary>Scaleway's rules for a job definition, checked on the definition as it would be stored.</summary>
public static partial class JobDefinitionRules
{
    /// <summary>The job timeout when none is given, and the longest accepted: 24 hours.</summary>
    public static readonly TimeSpan MaxJobTimeout = TimeSpan.FromHours(24);

    /// <summary>Local storage in MiB when none is given.</summary>
    public const uint DefaultLocalStorageCapacity = 5120;

    /// <summary>The most retries a retry policy may ask for.</summary>
    public const uint MaxRetries = 5;

    /// <summary>The longest description accepted.</summary>
    public const int MaxDescriptionLength = 255;

    private const string NoNul = "no word of a command may hold a NUL character";

    /// <summary>Records every rule <paramref name="definition"/> breaks.</summary>
    public static void Check(JobDefinition definition, ArgumentErrors errors)
    {
        if (!NamePattern().IsMatch(definition.Name))
        {
            errors.Format("name", "3 to 50 letters, digits, '-' or '_'");
        }

        if (definition.Description.Length > MaxDescriptionLength)
        {
            errors.Constraint("description", $"at most {MaxDescriptionLength} characters");
        }

        CheckResources(definition, errors);
        CheckImage(definition.ImageUri, errors);
        CheckCommand(definition.Command, definition.StartupCommand, definition.Args, "", errors);
        CheckEnvironment(definition.EnvironmentVariables, "environment_variables", errors);
        CheckSchedule(definition.CronSchedule, errors);
    }

    /// <summary>Records wrong environment variable names: empty, with '=' or NUL, or in Scaleway's reserved SCW_SLS space.</summary>
    public static void CheckEnvironment(
        IReadOnlyDictionary<string, string> variables, string argumentName, ArgumentErrors errors)
    {
        foreach (var (name, value) in variables)
        {
            if (name.Length == 0 || name.Contains('=') || name.Contains('\0'))
            {
                errors.Format($"{argumentName}.{name}", "a variable name is not empty and holds no '=' or NUL");
            }
            else if (name.StartsWith("SCW_SLS", StringComparison.OrdinalIgnoreCase))
            {
                errors.Constraint($"{argumentName}.{name}", "names starting with SCW_SLS are reserved");
            }
            else if (value.Contains('\0'))
            {
                errors.Format($"{argumentName}.{name}", "a value holds no NUL character");
            }
        }
    }

    private static void CheckResources(JobDefinition definition, ArgumentErrors errors)
    {
        if (definition.CpuLimit == 0)
        {
            errors.Constraint("cpu_limit", "above 0, in thousandths of a vCPU (1000 is one vCPU)");
        }

        if (definition.MemoryLimit == 0)
        {
            errors.Constraint("memory_limit", "above 0, in MiB");
        }

        if (definition.JobTimeout is { } timeout && (timeout <= TimeSpan.Zero || timeout > MaxJobTimeout))
        {
            errors.Constraint("job_timeout", "between 1s and 86400s");
        }

        if (definition.RetryPolicy is { MaxRetries: > MaxRetries })
        {
            errors.Constraint("retry_policy.max_retries", $"between 0 and {MaxRetries}");
        }
    }

    private static void CheckImage(string imageUri, ArgumentErrors errors)
    {
        if (imageUri.Length > 0 && !ImagePattern().IsMatch(imageUri))
        {
            errors.Format("image_uri", "a container image reference such as rg.fr-par.scw.cloud/ns/app:1.0");
        }
    }

    /// <summary>
    /// Records what of a command no process could be given: a deprecated <paramref name="command"/> string that
    /// does not split into words, a <paramref name="startupCommand"/> whose program is empty, and a NUL character in
    /// any of them or in <paramref name="args"/>. Argument names get <paramref name="prefix"/> (<c>cron_config.</c>
    /// for a trigger). Definitions, starts and triggers share it.
    /// </summary>
    public static void CheckCommand(
        string? command, IReadOnlyList<string>? startupCommand, IReadOnlyList<string>? args, string prefix,
        ArgumentErrors errors)
    {
        if (command?.Contains('\0') == true)
        {
            errors.Format(prefix + "command", NoNul);
        }
        else if (!string.IsNullOrEmpty(command) && !IsSplittable(command, out var problem))
        {
            errors.Format(prefix + "command", "the command cannot be split into words: " + problem);
        }

        if (startupCommand is [var program, ..] && string.IsNullOrEmpty(program))
        {
            errors.Format(prefix + "startup_command", "the first word is the program to run and cannot be empty");
        }
        else if (startupCommand?.Any(word => word.Contains('\0')) == true)
        {
            errors.Format(prefix + "startup_command", NoNul);
        }

        if (args?.Any(word => word.Contains('\0')) == true)
        {
            errors.Format(prefix + "args", NoNul);
        }
    }

    private static void CheckSchedule(Client.Models.CronSchedule? schedule, ArgumentErrors errors)
    {
        if (schedule is not null && !CronSchedule.TryParse(schedule.Schedule, schedule.Timezone, out _, out var error))
        {
            errors.Constraint($"cron_schedule.{error!.Argument}", error.Message);
        }
    }

    private static bool IsSplittable(string command, out string problem)
    {
        try
        {
            CommandSplitter.Split(command);
            problem = "";
            return true;
        }
        catch (FormatException exception)
        {
            problem = exception.Message;
            return false;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{3,50}$")]
    private static partial Regex NamePattern();

    // registry[:port]/path segments, then an optional :tag and/or @sha256:digest (Docker's reference grammar).
    [GeneratedRegex(
        @"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*" +
        @"(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?" +
        @"(?:@sha256:[a-f0-9]{64})?$")]
    private static partial Regex ImagePattern();
}
