namespace ServerlessJobs.Tests.Client;

/// <summary>
/// Drains an async sequence. Not an extension method: System.Linq.Async (pulled in by DurableTask) and .NET 10
/// both define <c>ToListAsync</c>, so calling either is ambiguous here.
/// </summary>
public static class AsyncItems
{
    public static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
