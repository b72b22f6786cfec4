using static ServerlessJobs.Tests.Cron.CronTestSchedules;

namespace ServerlessJobs.Tests.Cron;

/// <summary>The cases of shared/cases/cron.md, one test each, asserting the exact value the case gives.</summary>
public sealed class CronScheduleCaseTests
{
    [Fact]
    [Trait("Case", "C1")]
    public void GetOccurrences_FixedTimeInBerlinRepeatedHour_RunsOnce()
    {
        var schedule = Parse("0 2 * * *", "Europe/Berlin");

        var runs = schedule.GetOccurrences(At("2023-10-28T20:00Z"), At("2023-10-29T06:00Z"));

        Assert.Equal([At("2023-10-29T00:00Z")], runs);
    }

    [Fact]
    [Trait("Case", "C2")]
    public void GetOccurrences_ParisTimeInSpringGap_RunsAtGapEndThenResumes()
    {
        var schedule = Parse("30 2 * * *", "Europe/Paris");

        var runs = schedule.GetOccurrences(At("2026-03-28T12:00Z"), At("2026-03-30T12:00Z"));

        Assert.Equal([At("2026-03-29T01:00Z"), At("2026-03-30T00:30Z")], runs);
    }

    [Fact]
    [Trait("Case", "C3")]
    public void GetNextOccurrence_NewYorkTimeInSpringGap_RunsSameMorning()
    {
        var schedule = Parse("30 2 * * *", "America/New_York");

        var next = schedule.GetNextOccurrence(At("2026-03-08T06:30Z"));

        Assert.Equal(At("2026-03-08T07:00Z"), next);
    }

    [Fact]
    [Trait("Case", "C4")]
    public void GetNextOccurrence_BerlinSundayAcross23HourDay_RunsAtLocalNoon()
    {
        var schedule = Parse("0 12 * * 0", "Europe/Berlin");

        var next = schedule.GetNextOccurrence(At("2022-03-24T11:00Z"));

        Assert.Equal(At("2022-03-27T10:00Z"), next);
    }

    [Fact]
    [Trait("Case", "C5")]
    public void GetNextOccurrence_AmsterdamOnSpringForwardDay_RunsNextLocalNight()
    {
        var schedule = Parse("5 0 * * *", "Europe/Amsterdam");

        var next = schedule.GetNextOccurrence(At("2021-03-28T00:00Z"));

        Assert.Equal(At("2021-03-28T22:05Z"), next);
    }

    [Fact]
    [Trait("Case", "C6")]
    public void GetOccurrences_CairoIntervalOverMissingMidnight_KeepsRunning()
    {
        var schedule = Parse("0 */2 * * *", "Africa/Cairo");

        var runs = schedule.GetOccurrences(At("2025-04-24T20:00Z"), At("2025-04-25T02:00Z"));

        Assert.Equal([At("2025-04-24T22:00Z"), At("2025-04-24T23:00Z"), At("2025-04-25T01:00Z")], runs);
    }

    [Fact]
    [Trait("Case", "C7")]
    public void GetNextOccurrence_ParisWeekdayMorning_FollowsWinterAndSummerTime()
    {
        var schedule = Parse("0 8 * * 1-5", "Europe/Paris");

        var winter = schedule.GetNextOccurrence(At("2026-01-15T00:00Z"));
        var summer = schedule.GetNextOccurrence(At("2026-07-15T00:00Z"));

        Assert.Equal(At("2026-01-15T07:00Z"), winter);
        Assert.Equal(At("2026-07-15T06:00Z"), summer);
    }

    [Fact]
    [Trait("Case", "C8")]
    public void GetOccurrences_LosAngelesWeekdayHours_NeverOnLocalWeekend()
    {
        var schedule = Parse("0 9-18/3 * * 1-5", "America/Los_Angeles");
        var losAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

        var runs = schedule.GetOccurrences(At("2026-01-01T00:00-08:00"), At("2027-01-01T00:00-08:00")).ToList();
        var localDays = runs.Select(run => TimeZoneInfo.ConvertTime(run, losAngeles).DayOfWeek).ToList();

        Assert.Contains(At("2026-07-18T01:00Z"), runs);
        Assert.DoesNotContain(DayOfWeek.Saturday, localDays);
        Assert.DoesNotContain(DayOfWeek.Sunday, localDays);
        Assert.Equal(261 * 4, runs.Count);
    }

    [Fact]
    [Trait("Case", "C9")]
    public void GetOccurrences_ThirteenthOrFridayIn2026_Runs61Days()
    {
        var schedule = Parse("0 0 13 * 5");

        var runs = schedule.GetOccurrences(At("2026-01-01T00:00Z"), At("2026-12-31T23:59Z"));

        Assert.Equal(61, runs.Select(run => run.UtcDateTime.Date).Distinct().Count());
    }

    [Fact]
    [Trait("Case", "C10")]
    public void TryParse_SixFields_RejectsSchedule()
    {
        var error = ParseError("0 */5 * * * *");

        Assert.Equal("schedule", error.Argument);
        Assert.StartsWith("six fields are not accepted: use 5-field UNIX cron", error.Message);
    }

    [Fact]
    [Trait("Case", "C11")]
    public void TryParse_FebruaryThirtieth_RejectsScheduleAsNeverOccurring()
    {
        var error = ParseError("0 0 30 2 *");

        Assert.Equal("schedule", error.Argument);
        Assert.StartsWith("the date never occurs", error.Message);
    }

    [Fact]
    [Trait("Case", "C12")]
    public void TryParse_CronTzPrefix_PointsToTimezoneField()
    {
        var error = ParseError("CRON_TZ=Europe/Paris 0 8 * * *");

        Assert.Equal("schedule", error.Argument);
        Assert.Equal("put the time zone in `timezone`, not a CRON_TZ= prefix", error.Message);
    }

    [Fact]
    [Trait("Case", "C13")]
    public void TryParse_UnknownZone_RejectsTimezone()
    {
        var error = ParseError("0 8 * * *", "Mars/Olympus");

        Assert.Equal("timezone", error.Argument);
        Assert.StartsWith("unknown IANA time zone 'Mars/Olympus'", error.Message);
    }
}
