using System.Net;
using System.Text;

namespace ServerlessJobs.Tests.Client;

/// <summary>Plays back scripted answers (or transport failures) in order instead of the network.</summary>
public sealed class StubHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _answers = new();

    public List<RecordedRequest> Requests { get; } = [];

    public StubHandler Json(HttpStatusCode status, string json) =>
        Then(() => new HttpResponseMessage(status)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        });

    public StubHandler Text(HttpStatusCode status, string text, string mediaType = "text/plain") =>
        Then(() => new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, mediaType) });

    public StubHandler Throws(HttpRequestError error) =>
        Then(() => throw new HttpRequestException(error, "stubbed transport failure"));

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(await RecordedRequest.FromAsync(request));
        if (!_answers.TryDequeue(out var answer))
        {
            throw new InvalidOperationException($"unexpected request {request.Method} {request.RequestUri}");
        }

        var response = answer();
        response.RequestMessage = request;
        return response;
    }

    private StubHandler Then(Func<HttpResponseMessage> answer)
    {
        _answers.Enqueue(answer);
        return this;
    }
}
