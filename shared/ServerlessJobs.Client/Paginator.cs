using System.Runtime.CompilerServices;

namespace ServerlessJobs.Client;

/// <summary>Walks Scaleway's numbered pages (from 1) until total_count items are seen or a page comes back empty.
/// </summary>
internal static class Paginator
{
    public static async IAsyncEnumerable<T> WalkAsync<T>(
        Func<int, CancellationToken, Task<(IReadOnlyList<T> Items, ulong TotalCount)>> fetchPage,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ulong seen = 0;
        for (var page = 1; ; page++)
        {
            var (items, totalCount) = await fetchPage(page, cancellationToken);
            foreach (var item in items)
            {
                yield return item;
            }

            seen += (ulong)items.Count;
            if (items.Count == 0 || seen >= totalCount)
            {
                yield break;
            }
        }
    }
}
