using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ServerlessJobs.Auth;
using ServerlessJobs.Client;

namespace ServerlessJobs.Api;

/// <summary>One authenticated request as handlers see it: who calls, in which region, with which inputs.</summary>
public sealed class ApiCall(HttpContext http, IReadOnlyDictionary<string, string> routeValues, Caller caller, string region)
{
    /// <summary>The largest request body accepted, 1 MiB.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The request's HTTP context.</summary>
    public HttpContext Http { get; } = http;

    /// <summary>The project and organization of the caller's key.</summary>
    public Caller Caller { get; } = caller;

    /// <summary>The region named in the path, already checked.</summary>
    public string Region { get; } = region;

    /// <summary>Fires when the caller goes away.</summary>
    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>Resolves a service from the request's scope.</summary>
    public T Service<T>()
        where T : notnull => Http.RequestServices.GetRequiredService<T>();

    /// <summary>A route value such as <c>job_definition_id</c>.</summary>
    public string RouteValue(string name) => routeValues.GetValueOrDefault(name) ?? "";

    /// <summary>A query string value, or <see langword="null"/> when absent or empty.</summary>
    public string? Query(string name)
    {
        var value = Http.Request.Query[name].ToString();
        return value.Length == 0 ? null : value;
    }

    /// <summary>All values of a repeated query parameter (<c>states=a&amp;states=b</c> or <c>states=a,b</c>).</summary>
    public IReadOnlyList<string> QueryList(string name) =>
        Http.Request.Query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>
    /// Reads the JSON body as <typeparamref name="T"/>; an empty body reads as <c>{}</c>. Bodies over
    /// <see cref="MaxBodyBytes"/>, malformed JSON and wrong types become 400/413 Scaleway errors.
    /// </summary>
    public async Task<T> ReadBodyAsync<T>()
    {
        var bytes = await RequestBody.ReadAsync(Http.Request, MaxBodyBytes, Aborted);
        if (bytes.Length == 0)
        {
            bytes = "{}"u8.ToArray();
        }

        try
        {
            using (JsonDocument.Parse(bytes))
            {
                // Syntax first, so a broken document is blamed on the body rather than on the field it broke in.
            }
        }
        catch (JsonException exception)
        {
            throw RequestBody.NotJson(exception);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, ScalewayJson.Options)
                ?? throw ScalewayException.InvalidArgument("body", "format", "send a JSON object");
        }
        catch (JsonException exception)
        {
            throw RequestBody.ToInvalidArguments(exception);
        }
    }
}
