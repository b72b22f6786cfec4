using System.Diagnostics.CodeAnalysis;

namespace ServerlessJobs.Cron;

/// <summary>Finds the IANA time zone a schedule is read in, from the host's time zone database.</summary>
internal static class IanaTimeZone
{
    private const int MaxLength = 255;

    /// <summary>Finds the zone named <paramref name="id"/>, or says in the user's terms why it cannot.</summary>
    public static bool TryFind(
        string? id,
        [NotNullWhen(true)] out TimeZoneInfo? zone,
        [NotNullWhen(false)] out string? problem)
    {
        zone = null;
        problem = FindTextProblem(id) ?? Find(id!, out zone);

        return problem is null;
    }

    private static string? FindTextProblem(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
            return "the time zone is empty: give an IANA name such as 'Europe/Paris' or 'UTC'";

        return id.Length > MaxLength
            ? $"the time zone is {id.Length} characters long: IANA names are far shorter, such as 'Europe/Paris'"
            : null;
    }

    private static string? Find(string id, out TimeZoneInfo? zone)
    {
        zone = FindSystemZone(id);
        if (zone is { HasIanaId: true })
            return null;

        // .NET also resolves Windows ids such as 'Romance Standard Time'; pointing at the IANA name is kinder.
        zone = null;
        return TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var ianaId)
            ? $"'{id}' is a Windows time zone id: use the IANA name '{ianaId}'"
            : $"unknown IANA time zone '{id}': use a name such as 'Europe/Paris' or 'UTC'";
    }

    private static TimeZoneInfo? FindSystemZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
