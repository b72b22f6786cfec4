using System.Diagnostics.CodeAnalysis;
using Cronos;

namespace ServerlessJobs.Cron;

/// <summary>
/// Reads the text of a schedule into the Cronos expressions whose earliest occurrence is the schedule's next run.
/// </summary>
internal static class CronScheduleSyntax
{
    private const int MaxLength = 255;
    private const string CronosPrefix = "The given cron expression has an invalid format. ";
    private const string NeverOccurs = "the date never occurs: no month in the schedule has that day";
    private const string FiveFields = "use 5-field UNIX cron (minute hour day-of-month month day-of-week)";

    // Every calendar layout, leap years included, repeats within 28 years: a date absent from them never occurs.
    private static readonly DateTimeOffset CalendarCheckFrom = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset CalendarCheckTo = CalendarCheckFrom.AddYears(28);

    /// <summary>Parses <paramref name="schedule"/>, or says in the user's terms what is wrong with it.</summary>
    public static bool TryParse(
        string? schedule,
        out IReadOnlyList<CronExpression> expressions,
        [NotNullWhen(false)] out string? problem)
    {
        problem = Parse(schedule, out expressions);

        return problem is null;
    }

    private static string? Parse(string? schedule, out IReadOnlyList<CronExpression> expressions)
    {
        expressions = [];
        if (FindTextProblem(schedule) is { } textProblem)
            return textProblem;

        if (!TrySplit(schedule!.Trim(), out var fields, out var splitProblem))
            return splitProblem;

        if (FindFieldProblem(fields) is { } fieldProblem)
            return fieldProblem;

        if (!TryCompile(fields, out var compiled, out var compileProblem))
            return compileProblem;

        expressions = compiled.Where(Occurs).ToArray();
        return expressions.Count == 0 ? NeverOccurs : null;
    }

    private static string? FindTextProblem(string? schedule)
    {
        if (string.IsNullOrWhiteSpace(schedule))
            return "the schedule is empty: give 5-field UNIX cron such as '0 8 * * 1-5'";

        if (schedule.Length > MaxLength)
            return $"the schedule is {schedule.Length} characters long: at most {MaxLength} are accepted";

        var text = schedule.TrimStart();
        if (text.StartsWith("CRON_TZ=", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("TZ=", StringComparison.OrdinalIgnoreCase))
            return "put the time zone in `timezone`, not a CRON_TZ= prefix";

        return null;
    }

    private static bool TrySplit(string text, out string[] fields, [NotNullWhen(false)] out string? problem)
    {
        problem = null;
        if (text.StartsWith('@'))
            return TryExpandMacro(text, out fields, out problem);

        fields = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 6)
            problem = $"six fields are not accepted: {FiveFields}";
        else if (fields.Length != CronField.All.Count)
            problem = $"{fields.Length} fields found: {FiveFields}";

        return problem is null;
    }

    private static bool TryExpandMacro(string text, out string[] fields, [NotNullWhen(false)] out string? problem)
    {
        fields = CronMacros.TryExpand(text, out var expression) ? expression.Split(' ') : [];
        problem = fields.Length == 0
            ? $"'{text}' is not accepted: use 5-field UNIX cron or one of {CronMacros.Names}"
            : null;

        return problem is null;
    }

    private static string? FindFieldProblem(string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            var field = CronField.All[i];
            if (!field.IsWellFormed(fields[i]))
                return $"the {field.Name} field '{fields[i]}' is not UNIX cron: "
                    + $"use {field.Values}, '*', ranges (a-b), lists (a,b) and steps (/n)";
        }

        return null;
    }

    private static bool TryCompile(
        string[] fields,
        out IReadOnlyList<CronExpression> expressions,
        [NotNullWhen(false)] out string? problem)
    {
        expressions = [];
        problem = null;

        // Parse rather than TryParse: Cronos's exception names the field and its bounds, which help the user.
        try
        {
            expressions = SplitDayFields(fields).Select(f => CronExpression.Parse(string.Join(' ', f))).ToArray();
        }
        catch (CronFormatException exception)
        {
            problem = $"the schedule is not valid cron: {exception.Message.Replace(CronosPrefix, "")}";
        }

        return problem is null;
    }

    // Cronos ANDs day-of-month and day-of-week; Vixie cron ORs them when both are restricted, so such a schedule
    // becomes two expressions, one per day field, and runs at whichever comes first.
    private static IEnumerable<string[]> SplitDayFields(string[] fields)
    {
        var (dayOfMonth, dayOfWeek) = (fields[2], fields[4]);
        if (CronField.IsUnrestricted(dayOfMonth) || CronField.IsUnrestricted(dayOfWeek))
            return [fields];

        return [[fields[0], fields[1], dayOfMonth, fields[3], "*"], [fields[0], fields[1], "*", fields[3], dayOfWeek]];
    }

    private static bool Occurs(CronExpression expression) =>
        expression.GetNextOccurrence(CalendarCheckFrom, TimeZoneInfo.Utc) <= CalendarCheckTo;
}
