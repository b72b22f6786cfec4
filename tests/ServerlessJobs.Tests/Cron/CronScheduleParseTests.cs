using ServerlessJobs.Cron;
using static ServerlessJobs.Tests.Cron.CronTestSchedules;

namespace ServerlessJobs.Tests.Cron;

/// <summary>What <see cref="CronSchedule.TryParse"/> accepts, and what it tells the user when it refuses.</summary>
public sealed class CronScheduleParseTests
{
    [Fact]
    public void TryParse_ValidScheduleAndZone_KeepsBoth()
    {
        var parsed = CronSchedule.TryParse("0 8 * * 1-5", "Europe/Paris", out var schedule, out var error);

        Assert.True(parsed);
        Assert.Null(error);
        Assert.NotNull(schedule);
        Assert.Equal("0 8 * * 1-5", schedule.Schedule);
        Assert.Equal("Europe/Paris", schedule.TimeZone);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_EmptySchedule_RejectsSchedule(string? text)
    {
        var error = ParseError(text);

        Assert.Equal("schedule", error.Argument);
        Assert.Equal("the schedule is empty: give 5-field UNIX cron such as '0 8 * * 1-5'", error.Message);
    }

    [Fact]
    public void TryParse_Schedule255CharactersLong_Accepts()
    {
        var text = "0 8 * * " + string.Join(',', Enumerable.Repeat("1", 124));

        var parsed = CronSchedule.TryParse(text, "UTC", out _, out _);

        Assert.Equal(255, text.Length);
        Assert.True(parsed);
    }

    [Fact]
    public void TryParse_ScheduleOver255Characters_RejectsSchedule()
    {
        var text = "0 8 * * " + string.Join(',', Enumerable.Repeat("1", 125));

        var error = ParseError(text);

        Assert.Equal("schedule", error.Argument);
        Assert.Equal("the schedule is 257 characters long: at most 255 are accepted", error.Message);
    }

    [Theory]
    [InlineData("0 8 * *", 4)]
    [InlineData("0 0 8 * * * 2026", 7)]
    public void TryParse_WrongFieldCount_SaysHowManyFieldsToUse(string text, int fieldCount)
    {
        var error = ParseError(text);

        Assert.Equal("schedule", error.Argument);
        Assert.Equal(
            $"{fieldCount} fields found: use 5-field UNIX cron (minute hour day-of-month month day-of-week)",
            error.Message);
    }

    [Fact]
    public void TryParse_AprilThirtyFirst_RejectsScheduleAsNeverOccurring()
    {
        var error = ParseError("0 0 31 4 *");

        Assert.Equal("schedule", error.Argument);
        Assert.StartsWith("the date never occurs", error.Message);
    }

    [Fact]
    public void TryParse_LeapDay_AcceptsAndRunsInNextLeapYear()
    {
        var schedule = Parse("0 0 29 2 *");

        var next = schedule.GetNextOccurrence(At("2026-01-01T00:00Z"));

        Assert.Equal(At("2028-02-29T00:00Z"), next);
    }

    [Fact]
    public void TryParse_ImpossibleDayOrWeekday_AcceptsAndRunsOnWeekday()
    {
        var schedule = Parse("0 0 30 2 1");

        var next = schedule.GetNextOccurrence(At("2026-01-01T00:00Z"));

        Assert.Equal(At("2026-02-02T00:00Z"), next);
    }

    [Fact]
    public void TryParse_TzPrefix_RejectsSchedule()
    {
        var error = ParseError("TZ=UTC 0 8 * * *");

        Assert.Equal("schedule", error.Argument);
        Assert.Equal("put the time zone in `timezone`, not a CRON_TZ= prefix", error.Message);
    }

    [Theory]
    [InlineData("0 0 L * *", "day-of-month", "L")]
    [InlineData("0 0 15W * *", "day-of-month", "15W")]
    [InlineData("0 0 ? * *", "day-of-month", "?")]
    [InlineData("0 0 * * 5L", "day-of-week", "5L")]
    [InlineData("0 0 * * MON#2", "day-of-week", "MON#2")]
    [InlineData("H 0 * * *", "minute", "H")]
    [InlineData("0 0 * * JAN", "day-of-week", "JAN")]
    [InlineData("0 0 MON * *", "day-of-month", "MON")]
    [InlineData("0 0 * * MONDAY", "day-of-week", "MONDAY")]
    [InlineData("0 0 * *\n 1", "month", "*\n")]
    public void TryParse_SyntaxBeyondUnixCron_NamesTheField(string text, string fieldName, string fieldText)
    {
        var error = ParseError(text);

        Assert.Equal("schedule", error.Argument);
        Assert.StartsWith($"the {fieldName} field '{fieldText}' is not UNIX cron: use ", error.Message);
    }

    [Theory]
    [InlineData("60 0 * * *", "Minutes: Value must be a number between 0 and 59 (all inclusive).")]
    [InlineData("0 24 * * *", "Hours: Value must be a number between 0 and 23 (all inclusive).")]
    [InlineData("0 0 * * 8", "Days of week: Value must be a number between 0 and 7 (all inclusive).")]
    public void TryParse_ValueOutOfRange_GivesTheBounds(string text, string detail)
    {
        var error = ParseError(text);

        Assert.Equal(new CronScheduleError("schedule", $"the schedule is not valid cron: {detail}"), error);
    }

    [Theory]
    [InlineData("@reboot")]
    [InlineData("@every_minute")]
    [InlineData("@every_second")]
    [InlineData("@fortnightly")]
    public void TryParse_UnsupportedMacro_ListsTheAcceptedOnes(string text)
    {
        var error = ParseError(text);

        Assert.Equal("schedule", error.Argument);
        Assert.Equal(
            $"'{text}' is not accepted: use 5-field UNIX cron or one of "
            + "@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly",
            error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TryParse_EmptyTimezone_RejectsTimezone(string? timezone)
    {
        var error = ParseError("0 8 * * *", timezone);

        Assert.Equal("timezone", error.Argument);
        Assert.Equal("the time zone is empty: give an IANA name such as 'Europe/Paris' or 'UTC'", error.Message);
    }

    [Fact]
    public void TryParse_WindowsZoneId_SuggestsIanaName()
    {
        var error = ParseError("0 8 * * *", "Romance Standard Time");

        Assert.Equal("timezone", error.Argument);
        Assert.Equal(
            "'Romance Standard Time' is a Windows time zone id: use the IANA name 'Europe/Paris'",
            error.Message);
    }

    [Fact]
    public void TryParse_BadScheduleAndBadZone_ReportsScheduleFirst()
    {
        var error = ParseError("0 0 30 2 *", "Mars/Olympus");

        Assert.Equal("schedule", error.Argument);
    }
}
