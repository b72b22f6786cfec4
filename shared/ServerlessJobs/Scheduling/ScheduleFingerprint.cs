using System.Security.Cryptography;
using System.Text;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Scheduling;

/// <summary>
/// A short hash of a schedule and its zone. A due-index entry carries the fingerprint it was computed for, so a
/// tick can tell an entry left behind by an older schedule from the current one without any lock.
/// </summary>
public static class ScheduleFingerprint
{
    /// <summary>16 hex digits for <paramref name="schedule"/>, or <see langword="null"/> when there is none.</summary>
    public static string? Of(CronSchedule? schedule) =>
        schedule is null ? null : Of(schedule.Schedule, schedule.Timezone);

    /// <summary>16 hex digits for a schedule text read in a zone.</summary>
    public static string Of(string schedule, string timezone)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{schedule.Trim()}\n{timezone.Trim()}"));
        return Convert.ToHexStringLower(hash, 0, 8);
    }
}
