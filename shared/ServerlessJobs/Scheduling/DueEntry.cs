using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ServerlessJobs.Scheduling;

/// <summary>
/// One entry of the due-time index: <paramref name="Source"/> is next due at <paramref name="DueAt"/> under the
/// schedule whose fingerprint is <paramref name="Fingerprint"/>. Its blob name sorts by due time.
/// </summary>
/// <param name="Name">The blob name, <c>due/{UTC ticks, 19 digits}/{source}/{fingerprint}</c>.</param>
/// <param name="DueAt">The occurrence the entry waits for, in UTC.</param>
/// <param name="Source">What fires.</param>
/// <param name="Fingerprint">The <see cref="ScheduleFingerprint"/> of the schedule the time was computed from.</param>
public sealed record DueEntry(string Name, DateTimeOffset DueAt, ScheduleSource Source, string Fingerprint)
{
    /// <summary>The prefix every entry name starts with.</summary>
    public const string Prefix = "due/";

    private const string ProjectKey = "project_id";
    private const string DefinitionKey = "job_definition_id";
    private const string TriggerKey = "trigger_id";

    /// <summary>The entry for <paramref name="source"/> due at <paramref name="dueAt"/>.</summary>
    public static DueEntry Create(ScheduleSource source, string fingerprint, DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(source);

        var ticks = dueAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
        var name = $"{Prefix}{ticks}/{source.Name}/{fingerprint}";
        return new DueEntry(name, dueAt.ToUniversalTime(), source, fingerprint);
    }

    /// <summary>The blob metadata that lets a tick act on the entry without reading its content.</summary>
    public IDictionary<string, string> Metadata()
    {
        var metadata = new Dictionary<string, string>
        {
            [ProjectKey] = Source.ProjectId,
            [DefinitionKey] = Source.JobDefinitionId,
        };
        if (Source.TriggerId is { } triggerId)
        {
            metadata[TriggerKey] = triggerId;
        }

        return metadata;
    }

    /// <summary>Reads an entry back from its blob name and metadata; false for a blob that is not one.</summary>
    public static bool TryParse(
        string name, IDictionary<string, string>? metadata, [NotNullWhen(true)] out DueEntry? entry)
    {
        entry = null;
        var parts = name.Split('/');
        if (parts.Length != 4 || parts[0] + "/" != Prefix || metadata is null
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !metadata.TryGetValue(ProjectKey, out var projectId)
            || !metadata.TryGetValue(DefinitionKey, out var definitionId))
        {
            return false;
        }

        var triggerId = metadata.TryGetValue(TriggerKey, out var trigger) ? trigger : null;
        var source = new ScheduleSource(projectId, definitionId, triggerId);
        entry = new DueEntry(name, new DateTimeOffset(ticks, TimeSpan.Zero), source, parts[3]);
        return source.Name == parts[2];
    }
}
