namespace ServerlessJobs.Bench.Infrastructure;

/// <summary>Storage requests counted by <see cref="StorageProxy"/>, by kind (<c>blob GET</c>, <c>queue POST messages</c>…).</summary>
internal sealed record RequestCounts(IReadOnlyDictionary<string, long> ByKind)
{
    public long Total => ByKind.Values.Sum();

    /// <summary>Blob reads: downloads and property reads, not listings.</summary>
    public long BlobReads => ByKind.Where(p => p.Key is "blob GET" or "blob HEAD").Sum(p => p.Value);

    /// <summary>Blob listings (one per page of names).</summary>
    public long BlobLists => ByKind.Where(p => p.Key == "blob GET list").Sum(p => p.Value);

    public long Service(string service) => ByKind.Where(p => p.Key.StartsWith(service + " ", StringComparison.Ordinal)).Sum(p => p.Value);

    public static RequestCounts operator -(RequestCounts after, RequestCounts before) =>
        new(after.ByKind.ToDictionary(p => p.Key, p => p.Value - before.ByKind.GetValueOrDefault(p.Key))
            .Where(p => p.Value != 0).ToDictionary(p => p.Key, p => p.Value));
}
