using System.Diagnostics.CodeAnalysis;

namespace ServerlessJobs.Cron;

/// <summary>The <c>@</c> shorthands Vixie cron accepts for a schedule, written out as 5-field cron.</summary>
/// <remarks><c>@reboot</c> is refused: a job definition has no machine start to follow.</remarks>
internal static class CronMacros
{
    private static readonly OrderedDictionary<string, string> Expansions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@yearly"] = "0 0 1 1 *",
        ["@annually"] = "0 0 1 1 *",
        ["@monthly"] = "0 0 1 * *",
        ["@weekly"] = "0 0 * * 0",
        ["@daily"] = "0 0 * * *",
        ["@midnight"] = "0 0 * * *",
        ["@hourly"] = "0 * * * *",
    };

    /// <summary>The accepted shorthands, for help messages.</summary>
    public static string Names { get; } = string.Join(", ", Expansions.Keys);

    /// <summary>Writes <paramref name="macro"/> out as 5-field cron, if it is one we accept.</summary>
    public static bool TryExpand(string macro, [NotNullWhen(true)] out string? expression) =>
        Expansions.TryGetValue(macro, out expression);
}
