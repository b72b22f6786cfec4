using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ServerlessJobs.Bench.Infrastructure;

/// <summary>
/// A pass-through HTTP/1.1 proxy in front of Azurite's three services that counts the requests crossing it, by
/// service, method and kind (<c>blob GET</c>, <c>blob GET list</c>, <c>queue POST messages</c>…). Used only by
/// the counting passes: it adds a hop, so timings taken through it are not reported.
/// </summary>
internal sealed class StorageProxy : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, long> _counts = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<TcpListener> _listeners = [];
    private readonly List<Task> _loops = [];

    private StorageProxy(StorageEndpoints endpoints) => Endpoints = endpoints;

    /// <summary>The proxy's own ports: give these to the host whose requests should be counted.</summary>
    public StorageEndpoints Endpoints { get; }

    public static StorageProxy Start(StorageEndpoints upstream)
    {
        var proxy = new StorageProxy(new StorageEndpoints(FreePort.Next(), FreePort.Next(), FreePort.Next()));
        proxy.Listen("blob", proxy.Endpoints.BlobPort, upstream.BlobPort);
        proxy.Listen("queue", proxy.Endpoints.QueuePort, upstream.QueuePort);
        proxy.Listen("table", proxy.Endpoints.TablePort, upstream.TablePort);
        return proxy;
    }

    /// <summary>The counts so far, by request kind.</summary>
    public RequestCounts Snapshot() => new(new Dictionary<string, long>(_counts));

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        foreach (var listener in _listeners)
        {
            listener.Stop();
        }

        await Task.WhenAll(_loops.Select(loop => loop.ContinueWith(_ => { }, TaskScheduler.Default)));
        _stopping.Dispose();
    }

    private void Listen(string service, int port, int upstreamPort)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start(512);
        _listeners.Add(listener);
        _loops.Add(AcceptAsync(service, listener, upstreamPort));
    }

    private async Task AcceptAsync(string service, TcpListener listener, int upstreamPort)
    {
        while (!_stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(_stopping.Token);
            _ = ServeAsync(service, client, upstreamPort);
        }
    }

    private async Task ServeAsync(string service, TcpClient client, int upstreamPort)
    {
        using var _ = client;
        using var upstream = new TcpClient { NoDelay = true };
        client.NoDelay = true;
        try
        {
            await upstream.ConnectAsync(IPAddress.Loopback, upstreamPort, _stopping.Token);
            var requests = ForwardRequestsAsync(service, client.GetStream(), upstream.GetStream());
            var responses = upstream.GetStream().CopyToAsync(client.GetStream(), _stopping.Token);
            await Task.WhenAny(requests, responses);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
        {
            // A closed connection ends its pumps; the other side sees the close.
        }
    }

    private async Task ForwardRequestsAsync(string service, Stream client, Stream upstream)
    {
        var reader = new HttpRequestReader(client);
        while (await reader.ReadHeadAsync(_stopping.Token) is { } head)
        {
            var text = Encoding.ASCII.GetString(head);
            _counts.AddOrUpdate(Kind(service, text), 1, (_, count) => count + 1);
            await upstream.WriteAsync(head, _stopping.Token);
            await reader.CopyBodyAsync(text, upstream, _stopping.Token);
            await upstream.FlushAsync(_stopping.Token);
        }

        upstream.Close();
    }

    // "blob GET", "blob GET list", "queue POST messages", "table POST"...
    private static string Kind(string service, string head)
    {
        var line = head[..head.IndexOf('\r')].Split(' ');
        var (method, target) = (line[0], line.Length > 1 ? line[1] : "");
        var query = target.Contains('?') ? target[(target.IndexOf('?') + 1)..] : "";
        var path = target.Contains('?') ? target[..target.IndexOf('?')] : target;
        var comp = query.Split('&').FirstOrDefault(p => p.StartsWith("comp=", StringComparison.Ordinal))?[5..];
        var detail = service switch
        {
            "queue" when path.EndsWith("/messages", StringComparison.Ordinal) || path.Contains("/messages/") => "messages",
            "table" => TableName(path),
            _ => comp,
        };
        return detail is null ? $"{service} {method}" : $"{service} {method} {detail}";
    }

    // Table names end in History, Instances, Partitions...: which one a request touches says what DTFx is doing.
    private static string TableName(string path)
    {
        var name = path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var table = name.Split('(')[0];
        foreach (var suffix in new[] { "History", "Instances", "Partitions" })
        {
            if (table.EndsWith(suffix, StringComparison.Ordinal))
            {
                return suffix;
            }
        }

        return table;
    }
}
