using static ServerlessJobs.Tests.Cron.CronTestSchedules;

namespace ServerlessJobs.Tests.Cron;

/// <summary>How a parsed schedule reads names, Sunday, macros, Vixie's day rule and DST changes.</summary>
public sealed class CronScheduleCalendarTests
{
    [Theory]
    [InlineData("0 9 * * 0")]
    [InlineData("0 9 * * 7")]
    [InlineData("0 9 * * SUN")]
    [InlineData("0 9 * * sun")]
    public void GetNextOccurrence_SundayWrittenAnyWay_RunsOnSunday(string text)
    {
        var schedule = Parse(text);

        var next = schedule.GetNextOccurrence(At("2026-07-15T00:00Z"));

        Assert.Equal(At("2026-07-19T09:00Z"), next);
    }

    [Fact]
    public void GetOccurrences_FridayToSevenRange_RunsFridayThroughSunday()
    {
        var schedule = Parse("0 9 * * FRI-7");

        var runs = schedule.GetOccurrences(At("2026-07-13T00:00Z"), At("2026-07-19T23:59Z"));

        Assert.Equal([At("2026-07-17T09:00Z"), At("2026-07-18T09:00Z"), At("2026-07-19T09:00Z")], runs);
    }

    [Fact]
    public void GetOccurrences_MonthNameList_RunsOnlyInThoseMonths()
    {
        var schedule = Parse("0 0 1 JAN-MAR,dec *");

        var runs = schedule.GetOccurrences(At("2025-12-31T00:00Z"), At("2026-12-31T00:00Z"));

        Assert.Equal(
            [At("2026-01-01T00:00Z"), At("2026-02-01T00:00Z"), At("2026-03-01T00:00Z"), At("2026-12-01T00:00Z")],
            runs);
    }

    [Theory]
    [InlineData("@yearly", "2027-01-01T00:00Z")]
    [InlineData("@annually", "2027-01-01T00:00Z")]
    [InlineData("@monthly", "2026-08-01T00:00Z")]
    [InlineData("@weekly", "2026-07-19T00:00Z")]
    [InlineData("@daily", "2026-07-16T00:00Z")]
    [InlineData("@midnight", "2026-07-16T00:00Z")]
    [InlineData("@hourly", "2026-07-15T13:00Z")]
    public void GetNextOccurrence_Macro_RunsLikeVixieCron(string text, string expected)
    {
        var schedule = Parse(text);

        var next = schedule.GetNextOccurrence(At("2026-07-15T12:30Z"));

        Assert.Equal(At(expected), next);
    }

    [Fact]
    public void GetOccurrences_BothDayFieldsRestricted_RunsOnEither()
    {
        var schedule = Parse("0 0 1 * MON");

        var runs = schedule.GetOccurrences(At("2026-03-01T00:00Z").AddTicks(-1), At("2026-03-31T00:00Z"));

        Assert.Equal([1, 2, 9, 16, 23, 30], runs.Select(run => run.Day));
    }

    [Theory]
    [InlineData("0 0 * * MON")]
    [InlineData("0 0 */1 * MON")]
    public void GetOccurrences_DayOfMonthUnrestricted_RunsOnDayOfWeekOnly(string text)
    {
        var schedule = Parse(text);

        var runs = schedule.GetOccurrences(At("2026-03-01T00:00Z").AddTicks(-1), At("2026-03-31T00:00Z"));

        Assert.Equal([2, 9, 16, 23, 30], runs.Select(run => run.Day));
    }

    [Fact]
    public void GetNextOccurrence_ZonedSchedule_ReturnsUtc()
    {
        var schedule = Parse("0 8 * * *", "Asia/Tokyo");

        var next = schedule.GetNextOccurrence(At("2026-07-15T12:00+09:00"));

        Assert.Equal(TimeSpan.Zero, next?.Offset);
        Assert.Equal(At("2026-07-15T23:00Z"), next);
    }

    [Fact]
    public void GetNextOccurrence_FromInsideRepeatedHour_DoesNotRunFixedTimeAgain()
    {
        var schedule = Parse("0 2 * * *", "Europe/Berlin");

        var next = schedule.GetNextOccurrence(At("2023-10-29T00:30Z"));

        Assert.Equal(At("2023-10-30T01:00Z"), next);
    }

    [Fact]
    public void GetOccurrences_IntervalInRepeatedHour_RunsInBothPasses()
    {
        var schedule = Parse("*/30 * * * *", "Europe/Berlin");

        var runs = schedule.GetOccurrences(At("2023-10-28T23:50Z"), At("2023-10-29T01:30Z"));

        Assert.Equal(
            [At("2023-10-29T00:00Z"), At("2023-10-29T00:30Z"), At("2023-10-29T01:00Z"), At("2023-10-29T01:30Z")],
            runs);
    }

    [Fact]
    public void GetOccurrences_IntervalInSpringGap_RunsOnceAtGapEnd()
    {
        var schedule = Parse("*/15 * * * *", "Europe/Paris");

        var runs = schedule.GetOccurrences(At("2026-03-29T00:40Z"), At("2026-03-29T01:20Z"));

        Assert.Equal([At("2026-03-29T00:45Z"), At("2026-03-29T01:00Z"), At("2026-03-29T01:15Z")], runs);
    }

    [Fact]
    public void GetOccurrences_RunsOnBothBounds_ExcludesFromIncludesTo()
    {
        var schedule = Parse("0 * * * *");

        var runs = schedule.GetOccurrences(At("2026-07-15T10:00Z"), At("2026-07-15T12:00Z"));

        Assert.Equal([At("2026-07-15T11:00Z"), At("2026-07-15T12:00Z")], runs);
    }

    [Fact]
    public void GetOccurrences_ToBeforeFrom_IsEmpty()
    {
        var schedule = Parse("* * * * *");

        var runs = schedule.GetOccurrences(At("2026-07-15T12:00Z"), At("2026-07-15T11:00Z"));

        Assert.Empty(runs);
    }
}
