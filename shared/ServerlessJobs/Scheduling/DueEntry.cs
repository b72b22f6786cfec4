namespace ServerlessJobs.Scheduling;

/// <summary>
/// One entry of the due-time index: <paramref name="Source"/> is next due at <paramref name="DueAt"/> under the
/// schedule whose fingerprint is <paramref name="Fingerprint"/>. Stored as one JSON line of a minute's bucket.
/// </summary>
/// <param name="DueAt">The occurrence the entry waits for, in UTC.</param>
/// <param name="Source">What fires.</param>
/// <param name="Fingerprint">The <see cref="ScheduleFingerprint"/> of the schedule the time was computed from.</param>
public sealed record DueEntry(DateTimeOffset DueAt, ScheduleSource Source, string Fingerprint)
{
    /// <summary>The entry for <paramref name="source"/> due at <paramref name="dueAt"/>.</summary>
    public static DueEntry Create(ScheduleSource source, string fingerprint, DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new DueEntry(dueAt.ToUniversalTime(), source, fingerprint);
    }
}
