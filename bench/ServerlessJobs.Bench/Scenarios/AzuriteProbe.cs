using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using ServerlessJobs.Bench.Measurement;
using ServerlessJobs.Bench.Report;

namespace ServerlessJobs.Bench.Scenarios;

/// <summary>
/// What single storage operations cost Azurite at a given moment, one at a time from the bench: a blob read, a
/// listing of a project's runs, the task hub's two table reads per orchestration step, and a poll of an empty
/// queue. Taken before and after a fan-out, it shows how the platform's cost grows with what it holds.
/// </summary>
internal sealed class AzuriteProbe(string connectionString, string hub)
{
    private const int Repeats = 10;

    /// <summary>Times each operation against the data of <paramref name="runId"/> (a run of that hub, in <paramref name="projectId"/>).</summary>
    public async Task<string> MeasureAsync(string projectId, string runId)
    {
        var runs = new BlobServiceClient(connectionString).GetBlobContainerClient(hub + "-runs");
        var tables = new TableServiceClient(connectionString);
        var history = tables.GetTableClient(hub + "History");
        var instances = tables.GetTableClient(hub + "Instances");
        var queues = new QueueServiceClient(connectionString);
        var empty = queues.GetQueueClient("bench-probe-empty");
        await empty.CreateIfNotExistsAsync();

        var read = await TimeAsync(() => runs.GetBlobClient($"{projectId}/{runId}.json").DownloadContentAsync());
        var list = await TimeAsync(async () =>
        {
            await foreach (var _ in runs.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, projectId + "/", default))
            {
            }
        });
        var historyQuery = await TimeAsync(async () =>
        {
            await foreach (var _ in history.QueryAsync<TableEntity>(e => e.PartitionKey == runId))
            {
            }
        });
        var instance = await TimeAsync(() => instances.GetEntityAsync<TableEntity>(runId, ""));
        var poll = await TimeAsync(() => empty.ReceiveMessagesAsync(32));
        var (historyRows, instanceRows, blobs) = (await CountAsync(history), await CountAsync(instances), await CountAsync(runs));
        var messages = await CountMessagesAsync(queues);

        return $"blob read {Format.Ms(read.Median)}; listing one project's runs with metadata {Format.Ms(list.Median)} " +
            $"({blobs:N0} runs stored); History query of one instance {Format.Ms(historyQuery.Median)} " +
            $"({historyRows:N0} rows); Instances read {Format.Ms(instance.Median)} ({instanceRows:N0} rows); " +
            $"poll of an empty queue {Format.Ms(poll.Median)} ({messages:N0} messages in the task hub's queues)";
    }

    private static async Task<Samples> TimeAsync(Func<Task> operation)
    {
        var samples = new Samples();
        await operation();
        for (var i = 0; i < Repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            await operation();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        return samples;
    }

    private async Task<long> CountMessagesAsync(QueueServiceClient queues)
    {
        long count = 0;
        await foreach (var queue in queues.GetQueuesAsync(prefix: hub.ToLowerInvariant()))
        {
            count += (await queues.GetQueueClient(queue.Name).GetPropertiesAsync()).Value.ApproximateMessagesCount;
        }

        return count;
    }

    private static async Task<int> CountAsync(TableClient table)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            count++;
        }

        return count;
    }

    private static async Task<int> CountAsync(BlobContainerClient container)
    {
        var count = 0;
        await foreach (var _ in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, default))
        {
            count++;
        }

        return count;
    }
}
