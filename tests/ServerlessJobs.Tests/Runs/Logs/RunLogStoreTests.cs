using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServerlessJobs.Runs.Logs;
using ServerlessJobs.Runtimes;
using ServerlessJobs.Storage;
using ServerlessJobs.Tests.Infrastructure;

namespace ServerlessJobs.Tests.Runs.Logs;

[Collection(AzuriteCollection.Name)]
public sealed class RunLogStoreTests(AzuriteFixture azurite)
{
    private const string ProjectId = "22222222-2222-4222-8222-222222222222";
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly RunLogStore _store = new(
        new DocumentStore(
            new BlobServiceClient(azurite.ConnectionString),
            Options.Create(new StorageOptions { ContainerPrefix = $"logs{Guid.NewGuid():N}"[..24] })),
        TimeProvider.System,
        NullLogger<RunLogStore>.Instance);

    [Fact]
    public async Task ReadAsync_NoLog_ReturnsNull()
    {
        Assert.Null(await _store.ReadAsync(ProjectId, "no-run", 1, CancellationToken.None));
    }

    [Fact]
    public async Task Writer_BothStreams_WholeLinesInArrivalOrder()
    {
        var key = NewAttempt();
        var writer = await _store.OpenWriterAsync(key, Interval, CancellationToken.None);

        writer.Write(RunLogStream.StandardOutput, "out "u8);
        writer.Write(RunLogStream.StandardError, "err\n"u8);
        writer.Write(RunLogStream.StandardOutput, "line\nnext"u8);
        await writer.CompleteAsync();

        Assert.Equal("err\nout line\nnext", await ReadAsync(key));
    }

    [Fact]
    public async Task Writer_WhileOpen_OutputReadableWithinTheInterval()
    {
        var key = NewAttempt();
        await using var writer = await _store.OpenWriterAsync(key, Interval, CancellationToken.None);

        writer.Write(RunLogStream.StandardOutput, "hello\nprogress 10%"u8);

        await WaitForAsync(key, "hello\nprogress 10%");
    }

    [Fact]
    public async Task Writer_MoreThanOneBlock_ReadBackWhole()
    {
        var key = NewAttempt();
        var line = Encoding.UTF8.GetBytes(new string('x', 1023) + "\n");
        var writer = await _store.OpenWriterAsync(key, Interval, CancellationToken.None);

        for (var i = 0; i < 10 * 1024; i++)
        {
            writer.Write(RunLogStream.StandardOutput, line);
        }

        var unbroken = new byte[RunLogWriter.MaxBlockBytes + 10];
        Array.Fill(unbroken, (byte)'y');
        writer.Write(RunLogStream.StandardError, unbroken);
        await writer.CompleteAsync();

        var log = await ReadAsync(key);
        Assert.Equal(10 * 1024 * 1024 + RunLogWriter.MaxBlockBytes + 10, log!.Length);
        Assert.EndsWith("yyy", log);
    }

    [Fact]
    public async Task OpenWriter_AttemptLoggedBefore_AppendsAfterIt()
    {
        var key = NewAttempt();
        var first = await _store.OpenWriterAsync(key, Interval, CancellationToken.None);
        first.Write(RunLogStream.StandardOutput, "one\n"u8);
        await first.CompleteAsync();

        var second = await _store.OpenWriterAsync(key, Interval, CancellationToken.None);
        second.Write(RunLogStream.StandardOutput, "two\n"u8);
        await second.CompleteAsync();

        Assert.Equal("one\ntwo\n", await ReadAsync(key));
    }

    [Fact]
    public async Task Writer_MultiByteText_KeptVerbatim()
    {
        var key = NewAttempt();
        var text = "héllo wörld ✓\r\n\ttab\n";
        var writer = await _store.OpenWriterAsync(key, Interval, CancellationToken.None);

        writer.Write(RunLogStream.StandardOutput, Encoding.UTF8.GetBytes(text));
        await writer.CompleteAsync();

        Assert.Equal(text, await ReadAsync(key));
        Assert.Equal($"{ProjectId}/{key.RunId}/1.log", RunLogStore.BlobName(ProjectId, key.RunId, 1));
    }

    private static AttemptKey NewAttempt() => new(ProjectId, Guid.NewGuid().ToString(), 1);

    private Task<string?> ReadAsync(AttemptKey key) =>
        _store.ReadAsync(key.ProjectId, key.RunId, key.Attempt, CancellationToken.None);

    private async Task WaitForAsync(AttemptKey key, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        string? log;
        while ((log = await ReadAsync(key)) != expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the log still reads \"{log}\"");
            await Task.Delay(20);
        }
    }
}
