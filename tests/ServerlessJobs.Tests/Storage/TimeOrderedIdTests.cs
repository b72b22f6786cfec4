using ServerlessJobs.Storage;

namespace ServerlessJobs.Tests.Storage;

/// <summary>Ids made one after another sort one after another as blob names, as list pages need.</summary>
public sealed class TimeOrderedIdTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);
    private readonly TimeOrderedId _ids = new();

    [Fact]
    public void Next_ManyInOneMillisecond_SortInTheOrderMade()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => _ids.Next(Now).ToString()).ToArray();

        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Next_ClockGoesBack_StillSortsAfterTheLastId()
    {
        var later = _ids.Next(Now.AddMinutes(1)).ToString();

        var earlier = _ids.Next(Now).ToString();

        Assert.True(string.CompareOrdinal(later, earlier) < 0, $"{earlier} should sort after {later}");
    }

    [Fact]
    public void Next_IsAVersion7UuidStampedWithTheTime()
    {
        var id = _ids.Next(Now.AddHours(1));

        var bytes = id.ToByteArray(bigEndian: true);
        var milliseconds = bytes.Take(6).Aggregate(0L, (value, b) => value << 8 | b);
        Assert.Equal(7, id.Version);
        Assert.Equal(0b10, bytes[8] >> 6);
        Assert.Equal(Now.AddHours(1).ToUnixTimeMilliseconds(), milliseconds);
    }
}
