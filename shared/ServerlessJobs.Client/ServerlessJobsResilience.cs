using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace ServerlessJobs.Client;

/// <summary>
/// Which failures the standard resilience handler retries. GET, PATCH and DELETE are retried on every transient
/// failure (5xx, 408, 429, network errors, attempt timeouts): reading is safe, and this API's PATCH sets fields to
/// values and DELETE removes, so a repeat changes nothing more. POST creates, starts or stops, so it is retried only
/// when the server cannot have acted on it: the connection was never made, or the answer was 429 Too Many Requests.
/// </summary>
/// <remarks>A DELETE retried after its first try succeeded unseen ends in not_found.</remarks>
internal static class ServerlessJobsResilience
{
    public static void Configure(HttpStandardResilienceOptions options) =>
        options.Retry.ShouldHandle = args =>
            ValueTask.FromResult(ShouldRetry(args.Context.GetRequestMessage()?.Method, args.Outcome));

    public static bool ShouldRetry(HttpMethod? method, Outcome<HttpResponseMessage> outcome)
    {
        if (method != HttpMethod.Post)
        {
            return HttpClientResiliencePredicates.IsTransient(outcome);
        }

        return outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests
            || outcome.Exception is HttpRequestException
            {
                HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
                    or HttpRequestError.SecureConnectionError,
            };
    }
}
