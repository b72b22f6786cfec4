using System.Collections.Concurrent;

namespace ServerlessJobs.Tests.Durable;

/// <summary>Counts toy activity runs per orchestration instance; a singleton the activity gets by injection.</summary>
public sealed class ActivityInvocations
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Record(string instanceId) => _counts.AddOrUpdate(instanceId, 1, (_, count) => count + 1);

    public int Count(string instanceId) => _counts.GetValueOrDefault(instanceId);
}
