namespace ServerlessJobs.Storage;

/// <summary>Which slice of a creation-ordered list a caller asked for.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page, 1 to 1000.</param>
/// <param name="Descending">Newest first (<c>created_at_desc</c>) instead of oldest first.</param>
public sealed record PageRequest(int Page, int PageSize, bool Descending)
{
    /// <summary>The page's items from a list already in creation order, oldest first.</summary>
    public IReadOnlyList<T> Select<T>(IReadOnlyList<T> oldestFirst)
    {
        var ordered = Descending ? oldestFirst.Reverse() : oldestFirst;
        return ordered.Skip((int)Math.Min(int.MaxValue, (long)(Page - 1) * PageSize)).Take(PageSize).ToArray();
    }
}
