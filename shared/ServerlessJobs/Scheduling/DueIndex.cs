using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using ServerlessJobs.Client;
using ServerlessJobs.Storage;

namespace ServerlessJobs.Scheduling;

/// <summary>
/// The due-time index in the <see cref="DocumentStore.Schedules"/> container: entries in buckets by the minute they
/// are listed at, each bucket a name prefix <c>due/{UTC ticks of the minute, 19 digits}/</c>, so that a name-ordered
/// listing yields the due buckets first. Writers append JSON lines to the bucket's shared append blob,
/// <c>entries</c>. A tick lists until the first bucket past now, reads the due buckets whole, and deletes them once
/// it has written their entries' next occurrences: one delete per minute, not one per schedule.
/// </summary>
/// <remarks>
/// Nothing is taken out of a bucket before its minute: an entry a change or deletion left behind stays until the
/// tick that reaches it finds its schedule changed or gone. A bucket is deleted only if its ETag is the one it was
/// read with, so an entry appended after the read (by a writer whose clock lags the tick's) keeps the bucket for the
/// next tick, which fires its entries again; starts are idempotent. The append blob takes 50,000 appends; past that
/// (or on any other conflict with it), entries go to a block blob of their own in the bucket.
/// </remarks>
public sealed class DueIndex
{
    /// <summary>Names asked for per listing request: a tick with few due buckets lists once.</summary>
    public const int PageSize = 250;

    /// <summary>The prefix every bucket starts with.</summary>
    public const string Prefix = "due/";

    // Entries per append: a block holds at most 4 MiB, and a line is well under 1 KiB.
    private const int EntriesPerBlock = 4000;
    private const string SharedBlob = "entries";
    private const int Concurrency = 16;

    private static readonly BlobHttpHeaders LinesHeaders = new() { ContentType = "application/x-ndjson" };
    private readonly JsonBlobContainer _schedules;
    private readonly ILogger<DueIndex> _logger;

    /// <summary>Creates the index over the deployment's schedules container.</summary>
    public DueIndex(DocumentStore store, ILogger<DueIndex> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        _schedules = store.Schedules;
        _logger = logger;
    }

    /// <summary>The bucket an entry listed at <paramref name="time"/> goes to: its minute's prefix.</summary>
    public static string Bucket(DateTimeOffset time)
    {
        var ticks = time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerMinute;
        return $"{Prefix}{ticks.ToString("D19", CultureInfo.InvariantCulture)}/";
    }

    /// <summary>Adds entries, each to the bucket of its due time.</summary>
    public Task AddAsync(IEnumerable<DueEntry> entries, CancellationToken cancellationToken) =>
        AddAsync(entries, null, cancellationToken);

    /// <summary>
    /// Adds entries to the bucket of <paramref name="listAt"/> when given (an entry to try again at a later tick,
    /// keeping its due time), else each to the bucket of its due time.
    /// </summary>
    public async Task AddAsync(
        IEnumerable<DueEntry> entries, DateTimeOffset? listAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);

        await _schedules.EnsureCreatedAsync(cancellationToken);
        var blocks = entries
            .GroupBy(entry => Bucket(listAt ?? entry.DueAt))
            .SelectMany(bucket => bucket.Chunk(EntriesPerBlock)
                .Select(chunk => (Bucket: bucket.Key, Lines: Lines(chunk))));
        await Parallel.ForEachAsync(blocks, Bounded(cancellationToken), async (block, token) =>
            await AppendAsync(block.Bucket, block.Lines, token));
    }

    /// <summary>
    /// The entries of every bucket due at or before <paramref name="now"/>, earliest first, each once.
    /// </summary>
    public async Task<DueListing> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _schedules.EnsureCreatedAsync(cancellationToken);
        var (names, pages) = await ListDueNamesAsync(now, cancellationToken);

        var reads = new (DueBlob? Blob, IReadOnlyList<DueEntry> Entries)[names.Count];
        await Parallel.ForAsync(0, names.Count, Bounded(cancellationToken), async (i, token) =>
            reads[i] = await ReadAsync(names[i], token));

        var entries = reads.SelectMany(read => read.Entries).Distinct().OrderBy(entry => entry.DueAt).ToArray();
        var blobs = reads.Select(read => read.Blob).OfType<DueBlob>().ToArray();
        return new DueListing(entries, blobs, pages);
    }

    /// <summary>
    /// Deletes blobs a listing read, each only if unchanged since; a changed one stays for the next tick.
    /// </summary>
    public async Task RemoveAsync(IEnumerable<DueBlob> blobs, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(blobs, Bounded(cancellationToken), async (blob, token) =>
        {
            var conditions = new BlobRequestConditions { IfMatch = blob.ETag };
            try
            {
                await _schedules.Client.GetBlobClient(blob.Name).DeleteIfExistsAsync(
                    DeleteSnapshotsOption.None, conditions, token);
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                Log.BucketChanged(_logger, blob.Name);
            }
        });
    }

    private async Task<(List<string> Names, int Pages)> ListDueNamesAsync(
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        var pages = 0;
        var listing = _schedules.Client.GetBlobsAsync(BlobTraits.None, BlobStates.None, Prefix, cancellationToken);
        await foreach (var page in listing.AsPages(pageSizeHint: PageSize))
        {
            pages++;
            foreach (var item in page.Values)
            {
                if (!TryParseMinute(item.Name, out var minute))
                {
                    continue;
                }

                if (minute > now)
                {
                    return (names, pages);
                }

                names.Add(item.Name);
            }
        }

        return (names, pages);
    }

    private async Task<(DueBlob? Blob, IReadOnlyList<DueEntry> Entries)> ReadAsync(
        string name, CancellationToken cancellationToken)
    {
        try
        {
            var content = await _schedules.Client.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return (new DueBlob(name, content.Value.Details.ETag), Parse(name, content.Value.Content));
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return (null, []); // another host's tick consumed it since the listing
        }
    }

    private List<DueEntry> Parse(string name, BinaryData content)
    {
        var entries = new List<DueEntry>();
        foreach (var line in content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryDeserialize(line) is { } entry)
            {
                entries.Add(entry);
            }
            else
            {
                Log.UnreadableEntry(_logger, name, line.Length);
            }
        }

        return entries;
    }

    private static DueEntry? TryDeserialize(string line)
    {
        try
        {
            var entry = JsonSerializer.Deserialize<DueEntry>(line, ScalewayJson.Options);
            return entry is { Fingerprint: not null, Source: { ProjectId: not null, JobDefinitionId: not null } }
                ? entry
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task AppendAsync(string bucket, BinaryData lines, CancellationToken cancellationToken)
    {
        var shared = _schedules.Client.GetAppendBlobClient(bucket + SharedBlob);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await shared.AppendBlockAsync(lines.ToStream(), cancellationToken: cancellationToken);
                return;
            }
            catch (RequestFailedException exception) when (exception.Status == 404 && attempt < 3)
            {
                var options = new AppendBlobCreateOptions { HttpHeaders = LinesHeaders };
                await shared.CreateIfNotExistsAsync(options, cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status == 409)
            {
                var own = _schedules.Client.GetBlobClient($"{bucket}{SharedBlob}-{Guid.NewGuid():N}");
                await own.UploadAsync(lines, new BlobUploadOptions { HttpHeaders = LinesHeaders }, cancellationToken);
                Log.OwnBlob(_logger, own.Name, exception.ErrorCode);
                return;
            }
        }
    }

    private static BinaryData Lines(IEnumerable<DueEntry> entries)
    {
        var lines = new StringBuilder();
        foreach (var entry in entries)
        {
            lines.Append(JsonSerializer.Serialize(entry, ScalewayJson.Options)).Append('\n');
        }

        return BinaryData.FromString(lines.ToString());
    }

    private static bool TryParseMinute(string name, out DateTimeOffset minute)
    {
        minute = default;
        var parts = name.Split('/');
        if (parts.Length < 3 || parts[0] + "/" != Prefix
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        minute = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    private static ParallelOptions Bounded(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken };
}
