using System.Globalization;

namespace ServerlessJobs.Bench.Infrastructure;

/// <summary>Reads HTTP/1.1 requests off a stream one at a time: the head, then a body by length or in chunks.</summary>
internal sealed class HttpRequestReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>The request line and headers, through the blank line; null when the client closed the connection.</summary>
    public async Task<byte[]?> ReadHeadAsync(CancellationToken cancellationToken)
    {
        var searchFrom = _start;
        while (true)
        {
            var at = _buffer.AsSpan(searchFrom, _end - searchFrom).IndexOf("\r\n\r\n"u8);
            if (at >= 0)
            {
                var head = _buffer.AsSpan(_start, searchFrom - _start + at + 4).ToArray();
                _start += head.Length;
                return head;
            }

            searchFrom = Math.Max(_start, _end - 3);
            var offset = searchFrom - _start;
            if (!await FillAsync(cancellationToken))
            {
                return null;
            }

            searchFrom = _start + offset;
        }
    }

    /// <summary>Copies the body the head announces (Content-Length or chunked) to <paramref name="target"/>.</summary>
    public async Task CopyBodyAsync(string head, Stream target, CancellationToken cancellationToken)
    {
        var headers = head.Split("\r\n").Skip(1).Select(h => h.Split(':', 2)).Where(h => h.Length == 2)
            .ToDictionary(h => h[0].Trim(), h => h[1].Trim(), StringComparer.OrdinalIgnoreCase);
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            await CopyChunkedAsync(target, cancellationToken);
        }
        else if (headers.TryGetValue("Content-Length", out var length))
        {
            await CopyExactAsync(long.Parse(length, CultureInfo.InvariantCulture), target, cancellationToken);
        }
    }

    private async Task CopyChunkedAsync(Stream target, CancellationToken cancellationToken)
    {
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken);
            await target.WriteAsync(line, cancellationToken);
            var size = long.Parse(System.Text.Encoding.ASCII.GetString(line).Split(';')[0].Trim(), NumberStyles.HexNumber,
                CultureInfo.InvariantCulture);
            if (size == 0)
            {
                // Trailers, if any, then the blank line that ends the body.
                while ((line = await ReadLineAsync(cancellationToken)).Length > 2)
                {
                    await target.WriteAsync(line, cancellationToken);
                }

                await target.WriteAsync(line, cancellationToken);
                return;
            }

            await CopyExactAsync(size + 2, target, cancellationToken);
        }
    }

    private async Task<byte[]> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var at = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8);
            if (at >= 0)
            {
                var line = _buffer.AsSpan(_start, at + 2).ToArray();
                _start += line.Length;
                return line;
            }

            if (!await FillAsync(cancellationToken))
            {
                throw new IOException("connection closed inside a chunked body");
            }
        }
    }

    private async Task CopyExactAsync(long count, Stream target, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            if (_start == _end && !await FillAsync(cancellationToken))
            {
                throw new IOException("connection closed inside a body");
            }

            var take = (int)Math.Min(count, _end - _start);
            await target.WriteAsync(_buffer.AsMemory(_start, take), cancellationToken);
            _start += take;
            count -= take;
        }
    }

    // Moves unread bytes to the front and reads more; false at end of stream.
    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            throw new IOException("request head larger than 64 KiB");
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        return read > 0;
    }
}
