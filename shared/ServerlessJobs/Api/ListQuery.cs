using System.Globalization;
using ServerlessJobs.Storage;
using ServerlessJobs.Validation;

namespace ServerlessJobs.Api;

/// <summary>Reads the paging arguments every list endpoint shares: page, page_size and order_by.</summary>
public static class ListQuery
{
    /// <summary>The page size when none is given.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The largest page size accepted.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Parses page (from 1), page_size (1 to 1000) and order_by (created_at_asc or created_at_desc).</summary>
    public static PageRequest Page(ApiCall call, ArgumentErrors errors)
    {
        var page = Integer(call, "page", 1, 1, int.MaxValue, errors);
        var pageSize = Integer(call, "page_size", DefaultPageSize, 1, MaxPageSize, errors);
        var descending = call.Query("order_by") switch
        {
            null or "created_at_asc" => false,
            "created_at_desc" => true,
            _ => Invalid(errors),
        };
        return new PageRequest(page, pageSize, descending);
    }

    /// <summary>A UUID query filter, or <see langword="null"/> when absent.</summary>
    public static string? Uuid(ApiCall call, string name, ArgumentErrors errors)
    {
        var value = call.Query(name);
        if (value is not null && !Guid.TryParse(value, out _))
        {
            errors.Format(name, "a UUID");
        }

        return value;
    }

    private static int Integer(ApiCall call, string name, int fallback, int min, int max, ArgumentErrors errors)
    {
        var text = call.Query(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Constraint(name, max == int.MaxValue ? $"a whole number from {min}" : $"a whole number from {min} to {max}");
            return fallback;
        }

        return value;
    }

    private static bool Invalid(ArgumentErrors errors)
    {
        errors.Constraint("order_by", "created_at_asc or created_at_desc");
        return false;
    }
}
