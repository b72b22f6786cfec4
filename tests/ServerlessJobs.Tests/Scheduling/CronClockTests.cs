using ServerlessJobs.Scheduling;
using static ServerlessJobs.Tests.Scheduling.CronTestApi;

namespace ServerlessJobs.Tests.Scheduling;

public sealed class CronClockTests
{
    [Theory]
    [InlineData(0, 0, 0, 10, 1)]
    [InlineData(0, 30, 500, 10, 1)]
    [InlineData(59, 59, 999, 11, 0)]
    public void NextMinute_AnyTime_IsNextBoundaryStrictlyAfter(int minute, int second, int ms, int hour, int minuteOut)
    {
        var now = Utc(2026, 1, 1, 10, minute, second).AddMilliseconds(ms);

        var next = CronClock.NextMinute(now);

        Assert.Equal(Utc(2026, 1, 1, hour, minuteOut), next);
    }

    [Fact]
    public void TickTime_WokenJustBeforeBoundary_CountsAsBoundary()
    {
        var early = Utc(2026, 1, 1, 9, 59, 59).AddMilliseconds(400);

        Assert.Equal(Utc(2026, 1, 1, 10, 0), CronClock.TickTime(early));
    }

    [Fact]
    public void TickTime_WokenMidMinute_IsTheClock()
    {
        var late = Utc(2026, 1, 1, 10, 0, 3);

        Assert.Equal(late, CronClock.TickTime(late));
    }
}
