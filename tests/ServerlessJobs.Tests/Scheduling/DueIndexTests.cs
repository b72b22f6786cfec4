using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Scheduling;
using ServerlessJobs.Storage;
using ServerlessJobs.Tests.Infrastructure;
using static ServerlessJobs.Tests.Scheduling.CronTestApi;

namespace ServerlessJobs.Tests.Scheduling;

/// <summary>
/// The due-time index on Azurite: minute buckets in name order, entries written twice listed once, buckets kept
/// when they changed after a tick read them, and entries that still reach the tick when a bucket's shared blob
/// refuses them or holds a line that is not an entry.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DueIndexTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Minute = Utc(2026, 7, 1, 9, 30);
    private static readonly DueEntry Trigger = DueEntry.Create(new ScheduleSource("p", "d", "t"), "f1", Minute);
    private static readonly DueEntry Definition = DueEntry.Create(new ScheduleSource("p", "d2", null), "f2", Minute);
    private ServerHost _host = null!;
    private DueIndex _index = null!;
    private BlobContainerClient _container = null!;

    public async Task InitializeAsync()
    {
        _host = await ServerHost.StartAsync(azurite, ClockOff());
        _index = _host.Services.GetRequiredService<DueIndex>();
        var schedules = _host.Services.GetRequiredService<DocumentStore>().Schedules.Name;
        _container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(schedules);
        await _container.CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void Bucket_TimesWithinAMinute_ShareItsBucketAndLaterMinutesSortAfter()
    {
        DateTimeOffset[] times = [Utc(2027, 1, 1, 0, 0), Utc(2026, 12, 31, 23, 59), Utc(2100, 1, 1, 0, 0)];

        var byName = times.OrderBy(DueIndex.Bucket, StringComparer.Ordinal);

        Assert.Equal(times.Order(), byName);
        Assert.Equal("due/0639028224000000000/", DueIndex.Bucket(Utc(2026, 1, 1, 0, 0, 59)));
        Assert.Equal(DueIndex.Bucket(Utc(2026, 1, 1, 0, 0)), DueIndex.Bucket(Utc(2026, 1, 1, 0, 0, 59)));
    }

    [Fact]
    public async Task ListDue_SameEntryAddedTwice_ListsItOnceFromOneBlob()
    {
        await _index.AddAsync([Trigger], default);
        await _index.AddAsync([Trigger, Definition], default);

        var listing = await _index.ListDueAsync(Minute, default);

        Assert.Equal(2, listing.Entries.Count);
        Assert.Equal(new HashSet<DueEntry> { Trigger, Definition }, listing.Entries.ToHashSet());
        Assert.Equal(DueIndex.Bucket(Minute) + "entries", Assert.Single(listing.Blobs).Name);
    }

    [Fact]
    public async Task ListDue_BucketOfALaterMinute_IsNotRead()
    {
        var later = Trigger with { DueAt = Minute.AddMinutes(1) };
        await _index.AddAsync([Definition, later], default);

        var now = await _index.ListDueAsync(Minute.AddSeconds(59), default);
        var next = await _index.ListDueAsync(Minute.AddMinutes(1), default);

        Assert.Equal([Definition], now.Entries);
        Assert.Equal([Definition, later], next.Entries);
        Assert.Equal(1, now.Pages);
    }

    [Fact]
    public async Task AddAsync_ListAtALaterMinute_KeepsTheDueTimeInThatMinutesBucket()
    {
        await _index.AddAsync([Trigger], Minute.AddMinutes(1), default);

        var before = await _index.ListDueAsync(Minute, default);
        var at = await _index.ListDueAsync(Minute.AddMinutes(1), default);

        Assert.Empty(before.Entries);
        Assert.Equal([Trigger], at.Entries);
        Assert.StartsWith(DueIndex.Bucket(Minute.AddMinutes(1)), Assert.Single(at.Blobs).Name);
    }

    [Fact]
    public async Task Remove_BucketChangedSinceItWasRead_KeepsItForTheNextTick()
    {
        await _index.AddAsync([Trigger], default);
        var read = await _index.ListDueAsync(Minute, default);
        await _index.AddAsync([Definition], default);

        await _index.RemoveAsync(read.Blobs, default);
        var kept = await _index.ListDueAsync(Minute, default);
        await _index.RemoveAsync(kept.Blobs, default);
        var gone = await _index.ListDueAsync(Minute, default);

        Assert.Equal(new HashSet<DueEntry> { Trigger, Definition }, kept.Entries.ToHashSet());
        Assert.Empty(gone.Entries);
        Assert.Empty(gone.Blobs);
    }

    [Fact]
    public async Task AddAsync_SharedBlobRefusesAppends_WritesTheEntriesToABlobOfTheirOwn()
    {
        await _container.GetBlobClient(DueIndex.Bucket(Minute) + "entries").UploadAsync(BinaryData.FromString(""));

        await _index.AddAsync([Trigger], default);
        var listing = await _index.ListDueAsync(Minute, default);

        Assert.Equal([Trigger], listing.Entries);
        Assert.Equal(2, listing.Blobs.Count);
    }

    [Fact]
    public async Task ListDue_LineThatIsNotAnEntry_IsSkippedAndTheOthersRead()
    {
        await _index.AddAsync([Trigger], default);
        var shared = _container.GetAppendBlobClient(DueIndex.Bucket(Minute) + "entries");
        await shared.AppendBlockAsync(BinaryData.FromString("{\"due_at\": 12\n{not json\n[]\n").ToStream());
        await _index.AddAsync([Definition], default);

        var listing = await _index.ListDueAsync(Minute, default);

        Assert.Equal(new HashSet<DueEntry> { Trigger, Definition }, listing.Entries.ToHashSet());
    }

    [Fact]
    public async Task ListDue_EntryInTheOneBlobPerEntryFormatOfEarlierVersions_IsRead()
    {
        var name = $"{DueIndex.Bucket(Minute)}trigger-t/f1";
        var content = "{\"name\":\"" + name + "\",\"due_at\":\"2026-07-01T09:30:00Z\",\"source\":{\"project_id\":\"p\","
            + "\"job_definition_id\":\"d\",\"trigger_id\":\"t\",\"name\":\"trigger-t\"},\"fingerprint\":\"f1\"}";
        await _container.GetBlobClient(name).UploadAsync(BinaryData.FromString(content));

        var listing = await _index.ListDueAsync(Minute, default);

        Assert.Equal([Trigger], listing.Entries);
        Assert.Equal(name, Assert.Single(listing.Blobs).Name);
    }
}
