using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using ServerlessJobs.Runtimes;

namespace ServerlessJobs.Runs.Logs;

/// <summary>
/// Appends one attempt's stdout and stderr to its log blob as they come, whole lines in arrival order, at least
/// every flush interval or every <see cref="FlushThresholdBytes"/>, so that the log can be followed while it runs.
/// </summary>
/// <remarks>
/// An append blob holds at most 50,000 blocks: every 10,000 blocks the flush interval doubles (up to 16 times), so
/// at 500 ms a job that prints without pause keeps its whole log for about 40 hours, or about 50 GB. While storage
/// fails, up to 64 MiB wait for the next try; output beyond that, or beyond the block limit, is dropped (logged).
/// </remarks>
public sealed class RunLogWriter : IAsyncDisposable
{
    /// <summary>Buffered output that starts a flush without waiting for the interval (1 MiB).</summary>
    public const int FlushThresholdBytes = 1 << 20;

    /// <summary>The largest append block (4 MiB, which every storage service version accepts).</summary>
    public const int MaxBlockBytes = 4 << 20;

    private const int MaxPartialLineBytes = 64 << 10;
    private const long MaxBufferedBytes = 64L << 20;
    private const int BlocksPerDoubling = 10_000;
    private const int MaxDoublings = 4;

    private readonly AppendBlobClient _blob;
    private readonly AttemptKey _attempt;
    private readonly TimeSpan _flushInterval;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly MemoryStream[] _partialLines = [new(), new()];
    private readonly long[] _partialSince = new long[2];
    private readonly Task _loop;
    private MemoryStream _pending = new();
    private TaskCompletionSource _wake = NewSignal();
    private long _unsentLength;
    private bool _completing;
    private bool _full;
    private bool _dropLogged;

    // Owned by the flush loop alone.
    private byte[] _unsent = [];
    private long _appendPosition;
    private int _blockCount;
    private bool _failing;

    internal RunLogWriter(
        AppendBlobClient blob,
        AttemptKey attempt,
        long length,
        int blockCount,
        TimeSpan flushInterval,
        TimeProvider time,
        ILogger logger)
    {
        _blob = blob;
        _attempt = attempt;
        _appendPosition = length;
        _blockCount = blockCount;
        _flushInterval = flushInterval;
        _time = time;
        _logger = logger;
        _loop = Task.Run(FlushLoopAsync);
    }

    /// <summary>Adds output as the workload wrote it; never waits for storage. Ignored once completing.</summary>
    public void Write(RunLogStream stream, ReadOnlySpan<byte> data)
    {
        var index = (int)stream;
        lock (_gate)
        {
            if (_completing || data.IsEmpty)
            {
                return;
            }

            // Whole lines leave together, so that a line of stdout is never cut by a line of stderr.
            var lastNewline = data.LastIndexOf((byte)'\n');
            if (lastNewline >= 0)
            {
                MovePartialLine(index);
                Pend(data[..(lastNewline + 1)]);
                data = data[(lastNewline + 1)..];
            }

            AddPartialLine(index, data);
            if (_pending.Length >= FlushThresholdBytes)
            {
                _wake.TrySetResult();
            }
        }
    }

    /// <summary>Appends everything written so far, an unfinished last line included, and stops; never throws.</summary>
    public async Task CompleteAsync()
    {
        lock (_gate)
        {
            _completing = true;
            _wake.TrySetResult();
        }

        await _loop;
    }

    /// <inheritdoc cref="CompleteAsync"/>
    public async ValueTask DisposeAsync() => await CompleteAsync();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void AddPartialLine(int index, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        var partial = _partialLines[index];
        if (partial.Length == 0)
        {
            _partialSince[index] = _time.GetTimestamp();
        }

        partial.Write(data);
        if (partial.Length >= MaxPartialLineBytes)
        {
            MovePartialLine(index);
        }
    }

    private void MovePartialLine(int index)
    {
        var partial = _partialLines[index];
        if (partial.Length > 0)
        {
            Pend(partial.GetBuffer().AsSpan(0, (int)partial.Length));
            partial.SetLength(0);
        }
    }

    private void Pend(ReadOnlySpan<byte> data)
    {
        if (_full)
        {
            Dropped("the log blob reached its 50,000-block limit");
            return;
        }

        if (_pending.Length + _unsentLength + data.Length > MaxBufferedBytes)
        {
            Dropped("storage does not accept appends and 64 MiB are waiting already");
            return;
        }

        _pending.Write(data);
    }

    private void Dropped(string reason)
    {
        if (!_dropLogged)
        {
            _dropLogged = true;
            Log.OutputDropped(_logger, _attempt.RunId, _attempt.Attempt, reason);
        }
    }

    private async Task FlushLoopAsync()
    {
        var final = false;
        while (!final)
        {
            Task wake;
            lock (_gate)
            {
                wake = _wake.Task;
            }

            await Task.WhenAny(wake, Task.Delay(CurrentInterval(), _time));

            byte[] batch;
            lock (_gate)
            {
                final = _completing;
                batch = TakePending(final);
            }

            await SendAsync(batch, final);
        }
    }

    // The flush interval, stretched as blocks add up so that a long job stays within the 50,000-block limit.
    private TimeSpan CurrentInterval() =>
        _flushInterval * (1 << Math.Min(_blockCount / BlocksPerDoubling, MaxDoublings));

    private byte[] TakePending(bool final)
    {
        // An unfinished line goes out once it has waited a whole interval, so that progress output shows up too.
        var now = _time.GetTimestamp();
        foreach (var index in Enumerable.Range(0, _partialLines.Length).OrderBy(i => _partialSince[i]))
        {
            if (final || _time.GetElapsedTime(_partialSince[index], now) >= _flushInterval)
            {
                MovePartialLine(index);
            }
        }

        if (!final && _wake.Task.IsCompleted)
        {
            _wake = NewSignal();
        }

        var batch = _pending.ToArray();
        _pending = _pending.Capacity > MaxBlockBytes ? new MemoryStream() : _pending;
        _pending.SetLength(0);
        return batch;
    }

    private async Task SendAsync(byte[] batch, bool final)
    {
        var data = _unsent.Length == 0 ? batch : [.. _unsent, .. batch];
        var sent = 0;
        try
        {
            while (sent < data.Length)
            {
                var count = Math.Min(MaxBlockBytes, data.Length - sent);
                await AppendAsync(data, sent, count);
                sent += count;
            }

            if (_failing)
            {
                _failing = false;
                Log.AppendRecovered(_logger, _attempt.RunId, _attempt.Attempt);
            }
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlockCountExceedsLimit)
        {
            lock (_gate)
            {
                _full = true;
                Dropped("the log blob reached its 50,000-block limit");
            }

            sent = data.Length;
        }
        catch (Exception e) when (!final)
        {
            if (!_failing)
            {
                _failing = true;
                Log.AppendFailed(_logger, _attempt.RunId, _attempt.Attempt, data.Length - sent, e);
            }
        }
        catch (Exception e)
        {
            Log.FinalFlushFailed(_logger, _attempt.RunId, _attempt.Attempt, data.Length - sent, e);
            sent = data.Length;
        }

        _unsent = data[sent..];
        lock (_gate)
        {
            _unsentLength = _unsent.Length;
        }
    }

    private async Task AppendAsync(byte[] data, int offset, int count)
    {
        using var content = new MemoryStream(data, offset, count, writable: false);
        var options = new AppendBlobAppendBlockOptions
        {
            // The position condition makes a retried append that had landed fail instead of writing output twice.
            Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = _appendPosition },
        };
        try
        {
            var response = await _blob.AppendBlockAsync(content, options);
            _blockCount = response.Value.BlobCommittedBlockCount;
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.AppendPositionConditionNotMet)
        {
            var properties = (await _blob.GetPropertiesAsync()).Value;
            if (properties.ContentLength != _appendPosition + count)
            {
                _appendPosition = properties.ContentLength;
                throw;
            }

            _blockCount = properties.BlobCommittedBlockCount;
        }

        _appendPosition += count;
    }
}
