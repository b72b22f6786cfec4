using System.Text.RegularExpressions;

namespace ServerlessJobs.Cron;

/// <summary>One of the five fields of UNIX cron and the syntax it allows.</summary>
/// <remarks>
/// Cronos also takes L, W, #, ? and H; this check refuses them so that what we accept is what UNIX cron accepts.
/// Bounds are left to Cronos, whose messages name the field. Unlike Vixie cron, Cronos reads reversed ranges
/// (FRI-MON is FRI,SAT,SUN,MON) and <c>5/15</c> (5,20,35,50), and refuses steps wider than the field (<c>*/90</c>).
/// </remarks>
internal sealed class CronField
{
    private const string Number = "[0-9]+";
    private const string MonthNames = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC";
    private const string DayNames = "SUN|MON|TUE|WED|THU|FRI|SAT";

    private readonly Regex _syntax;

    private CronField(string name, string values, string valuePattern)
    {
        Name = name;
        Values = values;
        _syntax = ListOf(valuePattern);
    }

    /// <summary>The five fields in the order a schedule gives them.</summary>
    public static IReadOnlyList<CronField> All { get; } =
    [
        new("minute", "0-59", Number),
        new("hour", "0-23", Number),
        new("day-of-month", "1-31", Number),
        new("month", "1-12 or JAN-DEC", $"{Number}|{MonthNames}"),
        new("day-of-week", "0-7 or SUN-SAT (0 and 7 are Sunday)", $"{Number}|{DayNames}"),
    ];

    /// <summary>The field's name as cron manuals spell it.</summary>
    public string Name { get; }

    /// <summary>The values the field takes, for help messages.</summary>
    public string Values { get; }

    /// <summary>Whether <paramref name="text"/> is a list of values, ranges, <c>*</c> and steps.</summary>
    public bool IsWellFormed(string text) => _syntax.IsMatch(text);

    /// <summary>Whether <paramref name="text"/> lets every value through, which decides Vixie's day rule.</summary>
    public static bool IsUnrestricted(string text) => text is "*" or "*/1";

    private static Regex ListOf(string valuePattern)
    {
        var item = $@"(?:\*|(?:{valuePattern})(?:-(?:{valuePattern}))?)(?:/{Number})?";

        return new Regex($@"\A{item}(?:,{item})*\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
