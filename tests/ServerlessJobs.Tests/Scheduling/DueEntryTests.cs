using ServerlessJobs.Scheduling;
using static ServerlessJobs.Tests.Scheduling.CronTestApi;

namespace ServerlessJobs.Tests.Scheduling;

public sealed class DueEntryTests
{
    private static readonly ScheduleSource Trigger = new("p", "d", "t");

    [Fact]
    public void TryParse_CreatedEntry_RoundTripsThroughNameAndMetadata()
    {
        var entry = DueEntry.Create(Trigger, "0123456789abcdef", Utc(2026, 3, 29, 1, 0));

        var parsed = DueEntry.TryParse(entry.Name, entry.Metadata(), out var back);

        Assert.True(parsed);
        Assert.Equal(entry, back);
        Assert.Equal("trigger-t", back!.Source.Name);
    }

    [Fact]
    public void Create_EarlierTime_SortsFirstByName()
    {
        DateTimeOffset[] times = [Utc(2027, 1, 1, 0, 0), Utc(2026, 12, 31, 23, 59), Utc(2100, 1, 1, 0, 0)];

        var byName = times.Select(t => DueEntry.Create(Trigger, "f", t)).OrderBy(e => e.Name, StringComparer.Ordinal);

        Assert.Equal(times.Order(), byName.Select(e => e.DueAt));
    }

    [Fact]
    public void TryParse_MetadataOfAnotherSource_IsRejected()
    {
        var entry = DueEntry.Create(Trigger, "f", Utc(2026, 1, 1, 0, 0));
        var definitionMetadata = DueEntry.Create(new ScheduleSource("p", "d", null), "f", default).Metadata();

        Assert.False(DueEntry.TryParse(entry.Name, definitionMetadata, out _));
    }
}
