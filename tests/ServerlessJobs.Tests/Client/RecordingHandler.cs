using System.Collections.Concurrent;

namespace ServerlessJobs.Tests.Client;

/// <summary>Sits just above the network and records every attempt the client makes, retries included.</summary>
public sealed class RecordingHandler : DelegatingHandler
{
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(await RecordedRequest.FromAsync(request));
        return await base.SendAsync(request, cancellationToken);
    }
}
