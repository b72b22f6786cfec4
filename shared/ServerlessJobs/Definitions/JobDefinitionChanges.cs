using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Definitions;

/// <summary>Builds definitions from create requests and applies update requests to them.</summary>
public static class JobDefinitionChanges
{
    /// <summary>The definition a create request describes, with Scaleway's defaults for what it omits.</summary>
    public static JobDefinition Create(
        CreateJobDefinitionRequest request, string id, string projectId, string region, DateTimeOffset now) =>
        new()
        {
            Id = id,
            Name = string.IsNullOrEmpty(request.Name) ? GeneratedName() : request.Name,
            ProjectId = projectId,
            CreatedAt = now,
            UpdatedAt = now,
            CpuLimit = request.CpuLimit,
            MemoryLimit = request.MemoryLimit,
            LocalStorageCapacity = request.LocalStorageCapacity is null or 0
                ? JobDefinitionRules.DefaultLocalStorageCapacity
                : request.LocalStorageCapacity.Value,
            ImageUri = request.ImageUri ?? "",
            Command = string.IsNullOrEmpty(request.Command) ? null : request.Command,
            StartupCommand = request.StartupCommand ?? [],
            Args = request.Args ?? [],
            EnvironmentVariables = request.EnvironmentVariables ?? new Dictionary<string, string>(),
            Description = request.Description ?? "",
            JobTimeout = request.JobTimeout ?? JobDefinitionRules.MaxJobTimeout,
            CronSchedule = request.CronSchedule,
            RetryPolicy = request.RetryPolicy ?? new RetryPolicy(0),
            Region = region,
        };

    /// <summary>The definition with every field the update gives replaced, and the rest as it was.</summary>
    public static JobDefinition Apply(JobDefinition current, UpdateJobDefinitionRequest update, DateTimeOffset now) =>
        current with
        {
            Name = update.Name ?? current.Name,
            UpdatedAt = now,
            CpuLimit = update.CpuLimit ?? current.CpuLimit,
            MemoryLimit = update.MemoryLimit ?? current.MemoryLimit,
            LocalStorageCapacity = update.LocalStorageCapacity ?? current.LocalStorageCapacity,
            ImageUri = update.ImageUri ?? current.ImageUri,
            Command = update.Command is null ? current.Command : update.Command.Length == 0 ? null : update.Command,
            StartupCommand = update.StartupCommand ?? current.StartupCommand,
            Args = update.Args ?? current.Args,
            EnvironmentVariables = update.EnvironmentVariables ?? current.EnvironmentVariables,
            Description = update.Description ?? current.Description,
            JobTimeout = update.JobTimeout ?? current.JobTimeout,
            CronSchedule = update.CronSchedule is null ? current.CronSchedule : Schedule(current.CronSchedule, update.CronSchedule),
            RetryPolicy = update.RetryPolicy?.MaxRetries is { } retries ? new RetryPolicy(retries) : current.RetryPolicy,
        };

    // Both fields null or empty removes the schedule; one of them alone changes that field of the existing one.
    private static CronSchedule? Schedule(CronSchedule? current, UpdateCronSchedule update)
    {
        if (string.IsNullOrEmpty(update.Schedule) && string.IsNullOrEmpty(update.Timezone))
        {
            return null;
        }

        return new CronSchedule(
            update.Schedule ?? current?.Schedule ?? "",
            update.Timezone ?? current?.Timezone ?? "");
    }

    private static string GeneratedName() => "job-" + Guid.NewGuid().ToString("N")[..12];
}
